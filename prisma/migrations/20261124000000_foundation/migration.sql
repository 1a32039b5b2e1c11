-- Tenancy
CREATE TABLE "tenants" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "max_sandboxes" INTEGER NOT NULL,
    "max_nodes_per_sandbox" INTEGER NOT NULL,
    "max_objects_per_sandbox" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "tenants_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "users_tenant_id_idx" ON "users"("tenant_id");

CREATE TABLE "sandboxes" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "owner_id" TEXT,
    "name" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "layout" JSONB NOT NULL,
    "phase" TEXT NOT NULL,
    "message" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    CONSTRAINT "sandboxes_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "sandboxes_tenant_id_idx" ON "sandboxes"("tenant_id");
CREATE INDEX "sandboxes_expires_at_idx" ON "sandboxes"("expires_at");

CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "user_id" TEXT,
    "sandbox_id" TEXT,
    "role" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");
CREATE INDEX "api_tokens_tenant_id_idx" ON "api_tokens"("tenant_id");

ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sandboxes" ADD CONSTRAINT "sandboxes_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sandboxes" ADD CONSTRAINT "sandboxes_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_sandbox_id_fkey" FOREIGN KEY ("sandbox_id") REFERENCES "sandboxes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Object store (the etcd role). One revision counter per sandbox; its row lock serialises the sandbox's
-- writers, so revisions are gap-free and strictly increasing. Free space on the pages of the rows that
-- are updated in place (fillfactor) lets Postgres update them without touching indexes (HOT updates).
CREATE TABLE "store_revisions" (
    "sandbox_id" TEXT NOT NULL,
    "revision" BIGINT NOT NULL,
    "compacted_revision" BIGINT NOT NULL,
    "object_count" INTEGER NOT NULL DEFAULT 0,
    "max_objects" INTEGER,
    CONSTRAINT "store_revisions_pkey" PRIMARY KEY ("sandbox_id")
) WITH (fillfactor = 50);

CREATE TABLE "store_objects" (
    "sandbox_id" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "uid" UUID NOT NULL,
    "revision" BIGINT NOT NULL,
    "body" JSONB NOT NULL,
    "labels" JSONB NOT NULL,
    "fields" JSONB NOT NULL,
    CONSTRAINT "store_objects_pkey" PRIMARY KEY ("sandbox_id","resource","namespace","name")
) WITH (fillfactor = 80);

CREATE TABLE "store_changes" (
    "sandbox_id" TEXT NOT NULL,
    "revision" BIGINT NOT NULL,
    "type" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "store_changes_pkey" PRIMARY KEY ("sandbox_id","revision")
);

ALTER TABLE "store_revisions" ADD CONSTRAINT "store_revisions_sandbox_id_fkey" FOREIGN KEY ("sandbox_id") REFERENCES "sandboxes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "store_objects" ADD CONSTRAINT "store_objects_sandbox_id_fkey" FOREIGN KEY ("sandbox_id") REFERENCES "sandboxes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "store_changes" ADD CONSTRAINT "store_changes_sandbox_id_fkey" FOREIGN KEY ("sandbox_id") REFERENCES "sandboxes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- store_commit applies a batch of object writes (p_delta: creates minus deletes, counted by the caller) of one sandbox atomically in one round trip:
-- it takes the sandbox's counter row (serialising its writers), checks every precondition, writes the
-- objects and appends one change per write, each with the next revision. Any failed precondition raises,
-- which rolls the whole statement back, counter included, so a failed write never leaves a revision gap.
-- It returns one row per op; `body` only for deletes (the caller already holds the bodies it wrote), and
-- the uid and creationTimestamp the store kept.
-- Errors carry SQLSTATEs the store maps to domain errors:
--   KS404 object not found, KS409 conflict (stale revision or uid), KS410 object exists,
--   KS429 object quota exceeded (HINT holds the limit), KS440 sandbox not found.
--   DETAIL holds the index of the failing op.
CREATE FUNCTION store_commit(p_sandbox TEXT, p_ops JSONB, p_delta INTEGER)
RETURNS TABLE (revision BIGINT, type TEXT, resource TEXT, namespace TEXT, name TEXT, uid UUID,
               created TEXT, body JSONB)
LANGUAGE plpgsql AS $$
DECLARE
    v_count INTEGER := jsonb_array_length(p_ops);
    v_delta INTEGER := p_delta;
    v_rev BIGINT;
    v_objects INTEGER;
    v_max_objects INTEGER;
    v_op JSONB;
    v_i INTEGER := 0;
    v_kind TEXT;
    v_body JSONB;
    v_resource TEXT;
    v_namespace TEXT;
    v_name TEXT;
BEGIN
    -- One update of the counter row: the lock, the revisions and the object count together.
    UPDATE store_revisions r SET revision = r.revision + v_count, object_count = r.object_count + v_delta
     WHERE r.sandbox_id = p_sandbox
     RETURNING r.revision - v_count, r.object_count, r.max_objects INTO v_rev, v_objects, v_max_objects;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'sandbox % not found', p_sandbox USING ERRCODE = 'KS440';
    END IF;
    IF v_delta > 0 AND v_max_objects IS NOT NULL AND v_objects > v_max_objects THEN
        RAISE EXCEPTION 'object quota exceeded' USING ERRCODE = 'KS429', HINT = v_max_objects::text;
    END IF;

    FOR v_op IN SELECT * FROM jsonb_array_elements(p_ops) LOOP
        v_rev := v_rev + 1;
        v_kind := v_op->>'op';
        v_resource := v_op->>'resource';
        v_namespace := v_op->>'namespace';
        v_name := v_op->>'name';
        body := NULL;
        IF v_kind = 'create' THEN
            v_body := v_op->'body';
            INSERT INTO store_objects AS o (sandbox_id, resource, namespace, name, uid, revision, body, labels, fields)
            VALUES (p_sandbox, v_resource, v_namespace, v_name, (v_op->>'uid')::uuid, v_rev,
                    v_body, v_op->'labels', v_op->'fields')
            ON CONFLICT DO NOTHING
            RETURNING o.uid, o.body->'metadata'->>'creationTimestamp' INTO uid, created;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'object exists' USING ERRCODE = 'KS410', DETAIL = v_i::text;
            END IF;
            type := 'ADDED';
        ELSIF v_kind = 'update' THEN
            -- uid and creationTimestamp are the store's: an update cannot change them.
            UPDATE store_objects o
               SET body = jsonb_set(v_op->'body', '{metadata}',
                                    (v_op->'body'->'metadata') || jsonb_build_object('uid', o.uid::text)
                                    || jsonb_strip_nulls(jsonb_build_object(
                                         'creationTimestamp', o.body->'metadata'->'creationTimestamp'))),
                   labels = v_op->'labels', fields = v_op->'fields',
                   revision = v_rev
             WHERE o.sandbox_id = p_sandbox AND o.resource = v_resource
               AND o.namespace = v_namespace AND o.name = v_name
               AND (v_op->'expectRevision' IS NULL OR o.revision = (v_op->>'expectRevision')::bigint)
               AND (v_op->'expectUid' IS NULL OR o.uid = (v_op->>'expectUid')::uuid)
            RETURNING o.uid, o.body->'metadata'->>'creationTimestamp', o.body INTO uid, created, v_body;
            IF NOT FOUND THEN
                PERFORM 1 FROM store_objects o WHERE o.sandbox_id = p_sandbox AND o.resource = v_resource
                   AND o.namespace = v_namespace AND o.name = v_name;
                IF FOUND THEN
                    RAISE EXCEPTION 'conflict' USING ERRCODE = 'KS409', DETAIL = v_i::text;
                END IF;
                RAISE EXCEPTION 'not found' USING ERRCODE = 'KS404', DETAIL = v_i::text;
            END IF;
            type := 'MODIFIED';
        ELSIF v_kind = 'delete' THEN
            DELETE FROM store_objects o
             WHERE o.sandbox_id = p_sandbox AND o.resource = v_resource
               AND o.namespace = v_namespace AND o.name = v_name
               AND (v_op->'expectRevision' IS NULL OR o.revision = (v_op->>'expectRevision')::bigint)
               AND (v_op->'expectUid' IS NULL OR o.uid = (v_op->>'expectUid')::uuid)
            RETURNING o.uid, o.body->'metadata'->>'creationTimestamp', COALESCE(v_op->'body', o.body)
                 INTO uid, created, v_body;
            IF NOT FOUND THEN
                PERFORM 1 FROM store_objects o WHERE o.sandbox_id = p_sandbox AND o.resource = v_resource
                   AND o.namespace = v_namespace AND o.name = v_name;
                IF FOUND THEN
                    RAISE EXCEPTION 'conflict' USING ERRCODE = 'KS409', DETAIL = v_i::text;
                END IF;
                RAISE EXCEPTION 'not found' USING ERRCODE = 'KS404', DETAIL = v_i::text;
            END IF;
            body := v_body;
            type := 'DELETED';
        ELSE
            RAISE EXCEPTION 'unknown store op %', v_kind USING ERRCODE = '22023';
        END IF;

        INSERT INTO store_changes (sandbox_id, revision, type, resource, namespace, name, body)
        VALUES (p_sandbox, v_rev, type, v_resource, v_namespace, v_name, v_body);
        revision := v_rev;
        resource := v_resource;
        namespace := v_namespace;
        name := v_name;
        v_i := v_i + 1;
        RETURN NEXT;
    END LOOP;
END;
$$;
