/** The --kubeconfig option of every command that talks to the cluster (kept apart from the client so --help stays light). */
export const clusterOptions = {
  kubeconfig: {
    type: 'string',
    value: 'PATH',
    description: 'kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)',
  },
} as const;
