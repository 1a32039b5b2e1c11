-- The simulated nodes' private state (what a real kubelet keeps on its machine): whether the node's
-- agent is stopped by a fault (heartbeats stop), and the pod IP cursor in the node's pod CIDR so a freed
-- address is not handed out again at once.
CREATE TABLE "node_agents" (
    "sandbox_id" TEXT NOT NULL,
    "node_name" TEXT NOT NULL,
    "stopped_at" TIMESTAMPTZ(3),
    "next_pod_ip" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "node_agents_pkey" PRIMARY KEY ("sandbox_id","node_name")
);
ALTER TABLE "node_agents" ADD CONSTRAINT "node_agents_sandbox_id_fkey" FOREIGN KEY ("sandbox_id") REFERENCES "sandboxes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The scheduler's latest decision per pod ("why did my pod land on node-2?"): how many nodes it filtered
-- and found feasible, the rejected nodes with their filter verdicts, and the best scored nodes (bounded, so
-- a decision over 1,000 nodes stays small). Keyed by pod uid: a recreated pod has its own decisions.
CREATE TABLE "scheduling_decisions" (
    "sandbox_id" TEXT NOT NULL,
    "pod_uid" UUID NOT NULL,
    "namespace" TEXT NOT NULL,
    "pod_name" TEXT NOT NULL,
    "node_name" TEXT,
    "message" TEXT,
    "evaluated_nodes" INTEGER NOT NULL,
    "feasible_nodes" INTEGER NOT NULL,
    "filters" JSONB NOT NULL,
    "scores" JSONB NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "scheduling_decisions_pkey" PRIMARY KEY ("sandbox_id","pod_uid")
);
ALTER TABLE "scheduling_decisions" ADD CONSTRAINT "scheduling_decisions_sandbox_id_fkey" FOREIGN KEY ("sandbox_id") REFERENCES "sandboxes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "scheduling_decisions_pod_idx" ON "scheduling_decisions"("sandbox_id", "namespace", "pod_name");
