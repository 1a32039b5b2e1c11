import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import type { Request, Response } from 'express';
import { DomainError } from '@ksb/errors';
import { decodeKubeProtobuf, KUBE_PROTOBUF_CONTENT_TYPE } from '@ksb/kube-protobuf';
import {
  type DeleteOptions,
  kindOf,
  ObjectsService,
  PodSubresourcesService,
  type PropagationPolicy,
  Scope,
} from '@ksb/kube-objects';

const PROPAGATION_POLICIES: readonly PropagationPolicy[] = ['Background', 'Foreground', 'Orphan'];
import { applyMergePatch, type JsonValue } from '@ksb/patches';
import { RESOURCES, type Verb } from '@ksb/resources';
import { failure, notFoundStatus } from '../../status/kube-status';
import { KubeStatusException } from '../../status/kube-status.exception';
import { negotiate } from '../request/accept';
import type { KubePath } from '../request/kube-path';
import { KubeQuery, parseKubeQuery } from '../request/kube-query';
import { checkFields, warningHeader } from '../request/field-validation';
import { decodeObjectBody, decodePatchBody } from '../request/request-body';
import { listBody, objectBody } from '../response/representation';
import { sendJson } from '../response/send';
import { requestedReplicas, scaleOf } from './scale';
import { serveWatch } from './watch.handler';

type ResourcePath = Extract<KubePath, { type: 'resource' }>;

/** Upstream's default field manager: the user agent's program name ("kubectl" of "kubectl/v1.32.2 ..."). */
const managerFromUserAgent = (userAgent: string | undefined): string =>
  (userAgent ?? 'unknown').split('/')[0] || 'unknown';

const isProtobuf = (contentType: string | undefined): boolean =>
  (contentType ?? '').split(';')[0].trim().toLowerCase() === KUBE_PROTOBUF_CONTENT_TYPE;

const notFound = () => new KubeStatusException(notFoundStatus());
const methodNotAllowed = () =>
  new KubeStatusException(
    failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource'),
  );

/** The verb a request asks for, as the API server names it. */
function verbOf(method: string, path: ResourcePath, query: KubeQuery): Verb {
  switch (method) {
    case 'GET':
    case 'HEAD':
      return path.name ? 'get' : query.watch ? 'watch' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return path.name ? 'delete' : 'deletecollection';
    default:
      throw methodNotAllowed();
  }
}

/** Serves the objects of one resource: the Kubernetes verbs over ObjectsService, with Tables and watches. */
@Injectable()
export class ObjectsHandler {
  constructor(
    private readonly objects: ObjectsService,
    private readonly pods: PodSubresourcesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(sandboxId: string, path: ResourcePath, req: Request, res: Response, body: Buffer): Promise<void> {
    const definition = RESOURCES.get(path.group, path.version, path.plural);
    if (!definition || (path.namespace !== undefined && !definition.namespaced)) throw notFound();
    if (path.subresource && !(path.subresource in definition.subresources)) throw notFound();
    const query = parseKubeQuery(new URL(req.originalUrl, 'https://kube.invalid').searchParams);
    const verb = verbOf(req.method, path, query);
    const allowed = path.subresource ? definition.subresources[path.subresource].verbs : definition.verbs;
    if (!allowed.includes(verb)) throw methodNotAllowed();
    if (definition.namespaced && !path.namespace && verb !== 'list' && verb !== 'watch') throw notFound();

    const scope: Scope = { sandboxId, kind: kindOf(definition), namespace: path.namespace };
    const representation = negotiate(req.headers.accept);
    const options = {
      dryRun: query.dryRun,
      fieldManager: query.fieldManager ?? managerFromUserAgent(req.headers['user-agent']),
    };
    const name = path.name ?? '';
    const reply = (status: number, object: unknown) => sendJson(res, status, object);
    /** Decodes a create/update body and applies fieldValidation to it. */
    const requestObject = (): unknown => {
      // kubectl create namespace|configmap|secret|deployment|service sends protobuf, and nothing else.
      const decoded = isProtobuf(req.headers['content-type'])
        ? decodeKubeProtobuf(body).object
        : decodeObjectBody(req.headers['content-type'], body);
      this.warn(res, checkFields(definition, decoded, query.fieldValidation));
      return decoded;
    };

    if (path.subresource === 'scale') return this.scale(scope, name, verb, req, body, res);
    if (path.subresource === 'binding' || path.subresource === 'eviction') {
      const request = decodeObjectBody(req.headers['content-type'], body) as { target?: { name?: string } } | null;
      if (path.subresource === 'binding')
        await this.pods.bind(sandboxId, path.namespace ?? '', name, request?.target?.name ?? '');
      else await this.pods.evict(sandboxId, path.namespace ?? '', name);
      return reply(201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
    }
    switch (verb) {
      case 'get':
        return reply(200, objectBody(definition, await this.objects.get(scope, name), representation, query));
      case 'list': {
        const list = await this.objects.list(scope, query);
        return reply(200, listBody(definition, list.items, list, representation, query));
      }
      case 'watch':
        return serveWatch(res, this.objects, scope, definition, query, representation, this.config.WATCH_BOOKMARK_MS);
      case 'create':
        return reply(201, await this.objects.create(scope, requestObject(), options));
      case 'update':
        return reply(
          200,
          await this.objects.replace(scope, name, requestObject(), {
            ...options,
            subresource: path.subresource === 'status' ? 'status' : undefined,
          }),
        );
      case 'patch': {
        const { type, patch } = decodePatchBody(req.headers['content-type'], body);
        if (type === 'apply') {
          this.warn(res, checkFields(definition, patch, query.fieldValidation));
          const applied = await this.objects.apply(scope, name, patch, { ...options, force: query.force });
          // An apply that created the object answers 201, as upstream.
          return reply(applied.created ? 201 : 200, applied.object);
        }
        if (type !== 'json') this.warn(res, checkFields(definition, patch, query.fieldValidation));
        return reply(
          200,
          await this.objects.patch(scope, name, type, patch, {
            ...options,
            subresource: path.subresource === 'status' ? 'status' : undefined,
          }),
        );
      }
      case 'delete': {
        const options = this.deleteOptions(body);
        const result = await this.objects.delete(scope, name, {
          dryRun: query.dryRun,
          preconditions: options?.preconditions,
          gracePeriodSeconds: query.gracePeriodSeconds ?? options?.gracePeriodSeconds,
          propagationPolicy: query.propagationPolicy ?? options?.propagationPolicy,
        });
        return reply(200, result.object);
      }
      case 'deletecollection': {
        const list = await this.objects.list(scope, query);
        const deleted = [];
        for (const item of list.items) {
          const options = this.deleteOptions(body);
          const result = await this.objects.delete(scope, item.metadata.name ?? '', {
            dryRun: query.dryRun,
            gracePeriodSeconds: query.gracePeriodSeconds ?? options?.gracePeriodSeconds,
            propagationPolicy: query.propagationPolicy ?? options?.propagationPolicy,
          });
          deleted.push(result.object);
        }
        return reply(
          200,
          listBody(
            definition,
            deleted,
            { resourceVersion: list.resourceVersion },
            { as: 'Object', aggregatedDiscovery: false },
            query,
          ),
        );
      }
    }
  }

  /** GET/PUT/PATCH of the Scale view; writes change only spec.replicas of the workload. */
  private async scale(
    scope: Scope,
    name: string,
    verb: Verb,
    req: Request,
    body: Buffer,
    res: Response,
  ): Promise<void> {
    const current = await this.objects.get(scope, name);
    if (verb === 'get') return sendJson(res, 200, scaleOf(current));
    let replicas: number | undefined;
    if (verb === 'update') {
      // kubectl scale --current-replicas PUTs without a Content-Type.
      replicas = requestedReplicas(decodeObjectBody(undefined, body));
    } else {
      const { type, patch } = decodePatchBody(req.headers['content-type'], body);
      if (type !== 'merge' && type !== 'strategic') throw methodNotAllowed();
      replicas = requestedReplicas(applyMergePatch(scaleOf(current) as unknown as JsonValue, patch as JsonValue));
    }
    if (replicas === undefined) throw new DomainError('BAD_REQUEST', 'Scale: spec.replicas is required');
    const updated = await this.objects.patch(scope, name, 'merge', { spec: { replicas } });
    return sendJson(res, 200, scaleOf(updated));
  }

  private warn(res: Response, warnings: string[]): void {
    if (warnings.length) res.setHeader('Warning', warningHeader(warnings));
  }

  /** DeleteOptions from the body (kubectl sends propagationPolicy and gracePeriodSeconds there). */
  private deleteOptions(
    body: Buffer,
  ): Pick<DeleteOptions, 'preconditions' | 'gracePeriodSeconds' | 'propagationPolicy'> | undefined {
    if (body.length === 0) return undefined;
    const options = decodeObjectBody('application/json', body) as {
      preconditions?: { uid?: string; resourceVersion?: string };
      gracePeriodSeconds?: unknown;
      propagationPolicy?: unknown;
    } | null;
    if (!options) return undefined;
    const grace = options.gracePeriodSeconds;
    if (grace !== undefined && grace !== null && (typeof grace !== 'number' || !Number.isInteger(grace) || grace < 0)) {
      throw new DomainError('BAD_REQUEST', `invalid gracePeriodSeconds: ${JSON.stringify(grace)}`);
    }
    const policy = options.propagationPolicy;
    if (policy !== undefined && policy !== null && !PROPAGATION_POLICIES.includes(policy as PropagationPolicy)) {
      throw new DomainError(
        'BAD_REQUEST',
        `invalid propagationPolicy: ${JSON.stringify(policy)} (supported values: "Background", "Foreground", "Orphan")`,
      );
    }
    return {
      preconditions: options.preconditions,
      gracePeriodSeconds: typeof grace === 'number' ? grace : undefined,
      propagationPolicy: (policy ?? undefined) as PropagationPolicy | undefined,
    };
  }
}
