/**
 * The subscription every subscriber runs: the columns of a pod list in a UI (kubectl get pods -o wide:
 * name, ready, status, restarts, age, IP, node), with the event's type and revision (the revision is how
 * the benchmark matches an event to its write).
 */
export const POD_EVENTS_SUBSCRIPTION = /* GraphQL */ `
  subscription BenchPodEvents($sandboxId: ID!, $fromRevision: String) {
    podEvents(sandboxId: $sandboxId, fromRevision: $fromRevision) {
      type
      revision
      object {
        metadata {
          name
          namespace
          resourceVersion
          creationTimestamp
          labels
        }
        phase
        status
        ready
        restarts
        podIP
        nodeName
      }
    }
  }
`;
