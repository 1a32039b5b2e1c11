import { MethodNotAllowedException, NotFoundException } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { failure } from './kube-status';
import { KubeStatusException } from './kube-status.exception';
import { statusOfException } from './status-of-exception';

describe('statusOfException', () => {
  it('passes Status exceptions and domain errors through', () => {
    const status = failure(409, 'AlreadyExists', 'pods "x" already exists', { name: 'x', kind: 'pods' });
    expect(statusOfException(new KubeStatusException(status, { Warning: '299 - "x"' }))).toEqual({
      status,
      headers: { Warning: '299 - "x"' },
      internal: false,
    });
    expect(statusOfException(new DomainError('CONFLICT', 'stale')).status).toMatchObject({
      code: 409,
      reason: 'Conflict',
    });
  });

  it('answers unknown routes and methods as the API server does', () => {
    expect(statusOfException(new NotFoundException('Cannot GET /x')).status).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'the server could not find the requested resource',
    });
    expect(statusOfException(new MethodNotAllowedException()).status).toMatchObject({
      code: 405,
      reason: 'MethodNotAllowed',
    });
  });

  it('maps body reader errors', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });
    expect(statusOfException(tooLarge).status).toMatchObject({ code: 413, reason: 'RequestEntityTooLarge' });
    const unsupported = Object.assign(new Error('unsupported content encoding "br"'), {
      status: 415,
      expose: true,
      type: 'encoding.unsupported',
    });
    expect(statusOfException(unsupported).status).toMatchObject({
      code: 415,
      reason: 'UnsupportedMediaType',
      message: 'unsupported content encoding "br"',
    });
  });

  it('says nothing about unexpected errors', () => {
    for (const error of [new Error('password=hunter2'), 'boom', null, { status: 502, message: 'upstream' }]) {
      const answer = statusOfException(error);
      expect(answer.internal).toBe(true);
      expect(answer.status).toEqual(failure(500, 'InternalError', 'Internal error occurred: unexpected server error'));
    }
  });
});
