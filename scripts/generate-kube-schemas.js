#!/usr/bin/env node
'use strict';
// Derives OpenAPI v3 schemas for the Kubernetes kinds from the npm package kubernetes-types (its .d.ts
// files carry upstream's field names, JSDoc descriptions, required fields and apiVersion/kind literals),
// named as upstream names its definitions (io.k8s.api.core.v1.Pod, ...). Output: one JSON object
// name -> schema in libs/kube-schemas/src/generated/definitions.json, read by @ksb/kube-schemas.
// Runs at install time (scripts/setup.js) and in the image build; needs the `typescript` devDependency.
//
// What the .d.ts files cannot tell is hand-written here, from upstream facts: integer formats, the
// int-or-string and quantity types, the metrics.k8s.io kinds. Patch strategies are added by the runtime
// library (libs/kube-schemas/src/patch-facts.ts), so they live in one typed place.

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'libs', 'kube-schemas', 'src', 'generated', 'definitions.json');

const REF_PREFIX = '#/components/schemas/';
const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

// Modules outside io.k8s.api.<group>.<version>: apimachinery and the apiextensions server.
const MODULE_PACKAGES = {
  'meta/v1': 'io.k8s.apimachinery.pkg.apis.meta.v1',
  'api/resource': 'io.k8s.apimachinery.pkg.api.resource',
  runtime: 'io.k8s.apimachinery.pkg.runtime',
  version: 'io.k8s.apimachinery.pkg.version',
  'apiextensions/v1': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1',
};

// TypeScript has one `number`; upstream says int32 unless the Go field is int64 (or a float).
const INT64_FIELDS = new Set([
  'activeDeadlineSeconds',
  'deletionGracePeriodSeconds',
  'expirationSeconds',
  'fsGroup',
  'generation',
  'gracePeriodSeconds',
  'int',
  'ints',
  'maxItems',
  'maxLength',
  'maxProperties',
  'minItems',
  'minLength',
  'minProperties',
  'observedGeneration',
  'remainingItemCount',
  'revision',
  'runAsGroup',
  'runAsUser',
  'seconds',
  'sizeBytes',
  'startingDeadlineSeconds',
  'supplementalGroups',
  'terminationGracePeriodSeconds',
  'tolerationSeconds',
]);
const NUMBER_OVERRIDES = {
  'io.k8s.api.certificates.v1.CertificateSigningRequestSpec.expirationSeconds': { type: 'integer', format: 'int32' },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps.maximum': {
    type: 'number',
    format: 'double',
  },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps.minimum': {
    type: 'number',
    format: 'double',
  },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps.multipleOf': {
    type: 'number',
    format: 'double',
  },
};

// Empty interfaces are opaque objects upstream, except JSON, which holds any value.
const ANY_VALUE = new Set(['io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON']);

// Kinds whose apiVersion is a plain string in kubernetes-types but that upstream tags with a GVK.
const EXTRA_GVKS = {
  'io.k8s.apimachinery.pkg.apis.meta.v1.Status': [{ group: '', version: 'v1', kind: 'Status' }],
};

/** Upstream's v3 shapes for the types kubernetes-types flattens (to `string`, or `number | string`). */
function builtinDefinitions() {
  return {
    [INT_OR_STRING]: {
      description:
        'IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.',
      format: 'int-or-string',
      oneOf: [{ type: 'integer' }, { type: 'string' }],
      'x-kubernetes-int-or-string': true,
    },
  };
}

/** metrics.k8s.io/v1beta1 (served read-only) is not in kubernetes-types; shapes from k8s.io/metrics. */
function metricsDefinitions() {
  const pkg = 'io.k8s.metrics.pkg.apis.metrics.v1beta1';
  const ref = (name, description) => ({ allOf: [{ $ref: REF_PREFIX + name }], description });
  const meta = 'io.k8s.apimachinery.pkg.apis.meta.v1.';
  const typeMeta = {
    apiVersion: {
      description: 'APIVersion defines the versioned schema of this representation of an object.',
      type: 'string',
    },
    kind: {
      description: 'Kind is a string value representing the REST resource this object represents.',
      type: 'string',
    },
  };
  const usage = {
    description: 'The memory usage is the memory working set.',
    type: 'object',
    additionalProperties: { $ref: REF_PREFIX + QUANTITY },
  };
  const window = {
    timestamp: ref(
      meta + 'Time',
      'The following fields define time interval from which metrics were collected from the interval [Timestamp-Window, Timestamp].',
    ),
    window: { description: 'Duration of the interval the usage was measured over.', type: 'string' },
  };
  const gvk = (kind) => [{ group: 'metrics.k8s.io', version: 'v1beta1', kind }];
  const list = (item, kind) => ({
    description: `${kind} is a list of ${item}.`,
    type: 'object',
    properties: {
      ...typeMeta,
      items: {
        description: `List of ${item === 'NodeMetrics' ? 'node' : 'pod'} metrics.`,
        type: 'array',
        items: { $ref: REF_PREFIX + `${pkg}.${item}` },
      },
      metadata: ref(meta + 'ListMeta', 'Standard list metadata.'),
    },
    required: ['items'],
    'x-kubernetes-group-version-kind': gvk(kind),
  });
  return {
    [`${pkg}.ContainerMetrics`]: {
      description: 'ContainerMetrics sets resource usage metrics of a container.',
      type: 'object',
      properties: {
        name: { description: 'Container name corresponding to the one from pod.spec.containers.', type: 'string' },
        usage,
      },
      required: ['name', 'usage'],
    },
    [`${pkg}.NodeMetrics`]: {
      description: 'NodeMetrics sets resource usage metrics of a node.',
      type: 'object',
      properties: { ...typeMeta, metadata: ref(meta + 'ObjectMeta', 'Standard object metadata.'), ...window, usage },
      required: ['timestamp', 'window', 'usage'],
      'x-kubernetes-group-version-kind': gvk('NodeMetrics'),
    },
    [`${pkg}.NodeMetricsList`]: list('NodeMetrics', 'NodeMetricsList'),
    [`${pkg}.PodMetrics`]: {
      description: 'PodMetrics sets resource usage metrics of a pod.',
      type: 'object',
      properties: {
        ...typeMeta,
        metadata: ref(meta + 'ObjectMeta', 'Standard object metadata.'),
        ...window,
        containers: {
          description: 'Metrics for all containers are collected within the same time window.',
          type: 'array',
          items: { $ref: REF_PREFIX + `${pkg}.ContainerMetrics` },
        },
      },
      required: ['timestamp', 'window', 'containers'],
      'x-kubernetes-group-version-kind': gvk('PodMetrics'),
    },
    [`${pkg}.PodMetricsList`]: list('PodMetrics', 'PodMetricsList'),
  };
}

/** 'core/v1' -> 'io.k8s.api.core.v1' (see MODULE_PACKAGES for the others). */
function packageOf(moduleName) {
  if (MODULE_PACKAGES[moduleName]) return MODULE_PACKAGES[moduleName];
  const m = /^([a-z0-9]+)\/(v\d+(?:(?:alpha|beta)\d+)?)$/.exec(moduleName);
  if (!m) throw new Error(`kubernetes-types: no upstream package known for module "${moduleName}"`);
  return `io.k8s.api.${m[1]}.${m[2]}`;
}

/** The text of the JSDoc comment right before a node, as upstream's description (paragraphs kept). */
function jsDocOf(ts, node, sourceText) {
  const ranges = ts.getLeadingCommentRanges(sourceText, node.getFullStart()) || [];
  const doc = ranges.filter((r) => sourceText.startsWith('/**', r.pos)).pop();
  if (!doc) return undefined;
  const body = sourceText.slice(doc.pos + 3, doc.end - 2);
  const lines = body.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
  const text = lines.join('\n').trim();
  return text || undefined;
}

function literalText(ts, typeNode) {
  if (typeNode && ts.isLiteralTypeNode(typeNode) && ts.isStringLiteral(typeNode.literal)) return typeNode.literal.text;
  return undefined;
}

/** Converts the .d.ts of one module; `resolve(name)` gives the definition name of a referenced type. */
function convertModule(ts, sourceFile, pkg, resolve) {
  const text = sourceFile.getFullText();
  const out = {};

  const numberSchema = (owner, field) =>
    NUMBER_OVERRIDES[`${owner}.${field}`] ?? { type: 'integer', format: INT64_FIELDS.has(field) ? 'int64' : 'int32' };

  // The schema of a type (no description); refs come back as { $ref }.
  const typeSchema = (node, owner, field) => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      case ts.SyntaxKind.NumberKeyword:
        return { ...numberSchema(owner, field) };
      case ts.SyntaxKind.LiteralType:
        return { type: 'string' };
      case ts.SyntaxKind.ArrayType:
        return { type: 'array', items: typeSchema(node.elementType, owner, field) };
      case ts.SyntaxKind.ParenthesizedType:
        return typeSchema(node.type, owner, field);
      case ts.SyntaxKind.UnionType: {
        const kinds = node.types.map((t) => t.kind).sort();
        if (node.types.every((t) => literalText(ts, t) !== undefined)) return { type: 'string' };
        if (
          kinds.length === 2 &&
          kinds[0] === ts.SyntaxKind.NumberKeyword &&
          kinds[1] === ts.SyntaxKind.StringKeyword
        ) {
          return { $ref: REF_PREFIX + INT_OR_STRING };
        }
        return {}; // JSONSchemaProps | boolean and the like: any value
      }
      case ts.SyntaxKind.TypeLiteral: {
        const index = node.members.find((m) => ts.isIndexSignatureDeclaration(m));
        if (!index || node.members.length !== 1) throw new Error(`${owner}.${field}: unsupported inline type`);
        return { type: 'object', additionalProperties: typeSchema(index.type, owner, field) };
      }
      case ts.SyntaxKind.TypeReference: {
        const name = node.typeName.getText(sourceFile);
        if (name === 'Array' && node.typeArguments?.length === 1) {
          return { type: 'array', items: typeSchema(node.typeArguments[0], owner, field) };
        }
        return { $ref: REF_PREFIX + resolve(name) };
      }
      default:
        throw new Error(`${owner}.${field}: unsupported type ${ts.SyntaxKind[node.kind]}`);
    }
  };

  // A property: refs sit in allOf so a description can stand beside them, as in upstream v3 documents.
  const propertySchema = (member, owner) => {
    const field = member.name.getText(sourceFile).replace(/^"|"$/g, '');
    const description = jsDocOf(ts, member, text);
    const schema = typeSchema(member.type, owner, field);
    const withDoc = schema.$ref ? { allOf: [schema] } : schema;
    return [field, description ? { ...withDoc, description } : withDoc];
  };

  for (const statement of sourceFile.statements) {
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const name = `${pkg}.${statement.name.text}`;
    const description = jsDocOf(ts, statement, text);
    const doc = description ? { description } : {};
    if (ts.isTypeAliasDeclaration(statement)) {
      out[name] = aliasSchema(ts, statement, name, doc);
      continue;
    }
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const members = statement.members.filter((m) => ts.isPropertySignature(m));
    if (members.length === 0) {
      out[name] = ANY_VALUE.has(name) ? doc : { ...doc, type: 'object' };
      continue;
    }
    const properties = Object.fromEntries(members.map((m) => propertySchema(m, name)));
    const required = members.filter((m) => !m.questionToken).map((m) => m.name.getText(sourceFile));
    const schema = { ...doc, type: 'object', properties };
    if (required.length) schema.required = required;
    const gvk = kindOf(ts, members, sourceFile);
    if (gvk) schema['x-kubernetes-group-version-kind'] = [gvk];
    out[name] = schema;
  }
  return out;
}

/** Time/MicroTime/Quantity are `string` aliases; the JSONSchemaProps unions have no single type. */
function aliasSchema(ts, statement, name, doc) {
  if (name === QUANTITY) return { ...doc, oneOf: [{ type: 'string' }, { type: 'number' }] };
  if (statement.type.kind === ts.SyntaxKind.StringKeyword) {
    return /\.(Micro)?Time$/.test(name) ? { ...doc, type: 'string', format: 'date-time' } : { ...doc, type: 'string' };
  }
  return doc;
}

/** A kind has apiVersion and kind string literals: "apps/v1" + "Deployment" -> {apps, v1, Deployment}. */
function kindOf(ts, members, sourceFile) {
  const literal = (field) => {
    const member = members.find((m) => m.name.getText(sourceFile) === field);
    return member ? literalText(ts, member.type) : undefined;
  };
  const apiVersion = literal('apiVersion');
  const kind = literal('kind');
  if (!apiVersion || !kind) return undefined;
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion, kind }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1), kind };
}

function declarationFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...declarationFiles(p));
    else if (entry.name.endsWith('.d.ts')) files.push(p);
  }
  return files.sort();
}

/** Maps each imported name of a module to the package it comes from; local names to its own. */
function resolverFor(ts, sourceFile, moduleName, pkg) {
  const imported = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const from = path.posix.join(path.posix.dirname(moduleName), statement.moduleSpecifier.text);
    for (const element of statement.importClause?.namedBindings?.elements ?? []) {
      imported.set(element.name.text, packageOf(from));
    }
  }
  return (name) => `${imported.get(name) ?? pkg}.${name}`;
}

/** Stable JSON: keys sorted at every level, so the same package gives the same bytes. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

function checkRefs(definitions) {
  const missing = new Set();
  JSON.stringify(definitions, (key, value) => {
    if (key === '$ref' && typeof value === 'string' && !definitions[value.slice(REF_PREFIX.length)]) missing.add(value);
    return value;
  });
  if (missing.size) throw new Error(`unresolved references: ${[...missing].join(', ')}`);
}

function generate() {
  const ts = require('typescript');
  const typesDir = path.dirname(require.resolve('kubernetes-types/package.json', { paths: [ROOT] }));
  const definitions = { ...builtinDefinitions(), ...metricsDefinitions() };
  for (const file of declarationFiles(typesDir)) {
    const moduleName = path
      .relative(typesDir, file)
      .split(path.sep)
      .join('/')
      .replace(/\.d\.ts$/, '');
    const pkg = packageOf(moduleName);
    const sourceFile = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const converted = convertModule(ts, sourceFile, pkg, resolverFor(ts, sourceFile, moduleName, pkg));
    for (const name of Object.keys(converted)) {
      if (definitions[name]) throw new Error(`definition ${name} defined twice`);
    }
    Object.assign(definitions, converted);
  }
  for (const [name, gvks] of Object.entries(EXTRA_GVKS)) definitions[name]['x-kubernetes-group-version-kind'] = gvks;
  checkRefs(definitions);
  return { definitions: sortKeys(definitions), version: require(path.join(typesDir, 'package.json')).version };
}

function main() {
  const started = process.hrtime.bigint();
  const { definitions, version } = generate();
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(definitions) + '\n');
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const kinds = Object.values(definitions).filter((d) => d['x-kubernetes-group-version-kind']).length;
  const size = (fs.statSync(OUT).size / 1024).toFixed(0);
  console.log(
    `[kube-schemas] ${Object.keys(definitions).length} definitions (${kinds} kinds) from kubernetes-types ${version}` +
      ` in ${ms.toFixed(0)} ms -> ${path.relative(ROOT, OUT)} (${size} KiB)`,
  );
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`[kube-schemas] generation failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

module.exports = { generate, OUT };
