-- The cluster CA that signs the Kubernetes endpoint's serving certificates; kubeconfigs carry its
-- certificate, so it must survive restarts and be the same for every API process. One row per name
-- ("cluster"). private_key is PKCS#8 PEM when key_id is NULL, else AES-256-GCM sealed with the
-- ENCRYPTION_KEY whose id is key_id.
CREATE TABLE "cluster_authorities" (
    "name" TEXT NOT NULL,
    "certificate_pem" TEXT NOT NULL,
    "private_key" TEXT NOT NULL,
    "key_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "cluster_authorities_pkey" PRIMARY KEY ("name")
);
