import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCause, invalid } from '@ksb/errors';

function causesOf(errors: ValidationError[], parent = ''): ErrorCause[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...causesOf(error.children ?? [], field)];
  });
}

/** DTO validation: unknown fields are rejected, every problem is reported with its field path. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => {
    const causes = causesOf(errors);
    return invalid(`invalid request: ${causes.map((c) => `${c.field}: ${c.message}`).join('; ')}`, causes);
  },
});
