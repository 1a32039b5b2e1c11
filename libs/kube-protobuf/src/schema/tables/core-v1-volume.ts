import type { MessageTable } from '../field-spec';

/**
 * core/v1: volumes (current and projected sources).
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const CORE_V1_VOLUME: MessageTable = {
  'core.v1.Volume': [
    [1, 'name', 'string'],
    [2, 'volumeSource', 'core.v1.VolumeSource', 'inline'],
  ],
  'core.v1.TypedLocalObjectReference': [
    [1, 'apiGroup', 'string', 'pointer'],
    [2, 'kind', 'string'],
    [3, 'name', 'string'],
  ],
  'core.v1.VolumeSource': [
    [1, 'hostPath', 'core.v1.HostPathVolumeSource'],
    [2, 'emptyDir', 'core.v1.EmptyDirVolumeSource'],
    [3, 'gcePersistentDisk', 'core.v1.GCEPersistentDiskVolumeSource'],
    [4, 'awsElasticBlockStore', 'core.v1.AWSElasticBlockStoreVolumeSource'],
    [5, 'gitRepo', 'core.v1.GitRepoVolumeSource'],
    [6, 'secret', 'core.v1.SecretVolumeSource'],
    [7, 'nfs', 'core.v1.NFSVolumeSource'],
    [8, 'iscsi', 'core.v1.ISCSIVolumeSource'],
    [9, 'glusterfs', 'core.v1.GlusterfsVolumeSource'],
    [10, 'persistentVolumeClaim', 'core.v1.PersistentVolumeClaimVolumeSource'],
    [11, 'rbd', 'core.v1.RBDVolumeSource'],
    [12, 'flexVolume', 'core.v1.FlexVolumeSource'],
    [13, 'cinder', 'core.v1.CinderVolumeSource'],
    [14, 'cephfs', 'core.v1.CephFSVolumeSource'],
    [15, 'flocker', 'core.v1.FlockerVolumeSource'],
    [16, 'downwardAPI', 'core.v1.DownwardAPIVolumeSource'],
    [17, 'fc', 'core.v1.FCVolumeSource'],
    [18, 'azureFile', 'core.v1.AzureFileVolumeSource'],
    [19, 'configMap', 'core.v1.ConfigMapVolumeSource'],
    [20, 'vsphereVolume', 'core.v1.VsphereVirtualDiskVolumeSource'],
    [21, 'quobyte', 'core.v1.QuobyteVolumeSource'],
    [22, 'azureDisk', 'core.v1.AzureDiskVolumeSource'],
    [23, 'photonPersistentDisk', 'core.v1.PhotonPersistentDiskVolumeSource'],
    [26, 'projected', 'core.v1.ProjectedVolumeSource'],
    [24, 'portworxVolume', 'core.v1.PortworxVolumeSource'],
    [25, 'scaleIO', 'core.v1.ScaleIOVolumeSource'],
    [27, 'storageos', 'core.v1.StorageOSVolumeSource'],
    [28, 'csi', 'core.v1.CSIVolumeSource'],
    [29, 'ephemeral', 'core.v1.EphemeralVolumeSource'],
    [30, 'image', 'core.v1.ImageVolumeSource'],
  ],
  'core.v1.HostPathVolumeSource': [
    [1, 'path', 'string'],
    [2, 'type', 'string', 'pointer'],
  ],
  'core.v1.EmptyDirVolumeSource': [
    [1, 'medium', 'string'],
    [2, 'sizeLimit', 'resource.Quantity'],
  ],
  'core.v1.GitRepoVolumeSource': [
    [1, 'repository', 'string'],
    [2, 'revision', 'string'],
    [3, 'directory', 'string'],
  ],
  'core.v1.SecretVolumeSource': [
    [1, 'secretName', 'string'],
    [2, 'items', 'core.v1.KeyToPath', 'repeated'],
    [3, 'defaultMode', 'int32', 'pointer'],
    [4, 'optional', 'bool', 'pointer'],
  ],
  'core.v1.PersistentVolumeClaimVolumeSource': [
    [1, 'claimName', 'string'],
    [2, 'readOnly', 'bool'],
  ],
  'core.v1.DownwardAPIVolumeSource': [
    [1, 'items', 'core.v1.DownwardAPIVolumeFile', 'repeated'],
    [2, 'defaultMode', 'int32', 'pointer'],
  ],
  'core.v1.ConfigMapVolumeSource': [
    [1, 'localObjectReference', 'core.v1.LocalObjectReference', 'inline'],
    [2, 'items', 'core.v1.KeyToPath', 'repeated'],
    [3, 'defaultMode', 'int32', 'pointer'],
    [4, 'optional', 'bool', 'pointer'],
  ],
  'core.v1.ProjectedVolumeSource': [
    [1, 'sources', 'core.v1.VolumeProjection', 'repeated'],
    [2, 'defaultMode', 'int32', 'pointer'],
  ],
  'core.v1.CSIVolumeSource': [
    [1, 'driver', 'string'],
    [2, 'readOnly', 'bool', 'pointer'],
    [3, 'fsType', 'string', 'pointer'],
    [4, 'volumeAttributes', 'map:string'],
    [5, 'nodePublishSecretRef', 'core.v1.LocalObjectReference'],
  ],
  'core.v1.EphemeralVolumeSource': [[1, 'volumeClaimTemplate', 'core.v1.PersistentVolumeClaimTemplate']],
  'core.v1.ImageVolumeSource': [
    [1, 'reference', 'string'],
    [2, 'pullPolicy', 'string'],
  ],
  'core.v1.KeyToPath': [
    [1, 'key', 'string'],
    [2, 'path', 'string'],
    [3, 'mode', 'int32', 'pointer'],
  ],
  'core.v1.DownwardAPIVolumeFile': [
    [1, 'path', 'string'],
    [2, 'fieldRef', 'core.v1.ObjectFieldSelector'],
    [3, 'resourceFieldRef', 'core.v1.ResourceFieldSelector'],
    [4, 'mode', 'int32', 'pointer'],
  ],
  'core.v1.VolumeProjection': [
    [1, 'secret', 'core.v1.SecretProjection'],
    [2, 'downwardAPI', 'core.v1.DownwardAPIProjection'],
    [3, 'configMap', 'core.v1.ConfigMapProjection'],
    [4, 'serviceAccountToken', 'core.v1.ServiceAccountTokenProjection'],
    [5, 'clusterTrustBundle', 'core.v1.ClusterTrustBundleProjection'],
  ],
  'core.v1.PersistentVolumeClaimTemplate': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'core.v1.PersistentVolumeClaimSpec'],
  ],
  'core.v1.SecretProjection': [
    [1, 'localObjectReference', 'core.v1.LocalObjectReference', 'inline'],
    [2, 'items', 'core.v1.KeyToPath', 'repeated'],
    [4, 'optional', 'bool', 'pointer'],
  ],
  'core.v1.DownwardAPIProjection': [[1, 'items', 'core.v1.DownwardAPIVolumeFile', 'repeated']],
  'core.v1.ConfigMapProjection': [
    [1, 'localObjectReference', 'core.v1.LocalObjectReference', 'inline'],
    [2, 'items', 'core.v1.KeyToPath', 'repeated'],
    [4, 'optional', 'bool', 'pointer'],
  ],
  'core.v1.ServiceAccountTokenProjection': [
    [1, 'audience', 'string'],
    [2, 'expirationSeconds', 'int64', 'pointer'],
    [3, 'path', 'string'],
  ],
  'core.v1.ClusterTrustBundleProjection': [
    [1, 'name', 'string', 'pointer'],
    [2, 'signerName', 'string', 'pointer'],
    [3, 'labelSelector', 'meta.v1.LabelSelector'],
    [5, 'optional', 'bool', 'pointer'],
    [4, 'path', 'string'],
  ],
  'core.v1.PersistentVolumeClaimSpec': [
    [1, 'accessModes', 'string', 'repeated'],
    [4, 'selector', 'meta.v1.LabelSelector'],
    [2, 'resources', 'core.v1.VolumeResourceRequirements'],
    [3, 'volumeName', 'string'],
    [5, 'storageClassName', 'string', 'pointer'],
    [6, 'volumeMode', 'string', 'pointer'],
    [7, 'dataSource', 'core.v1.TypedLocalObjectReference'],
    [8, 'dataSourceRef', 'core.v1.TypedObjectReference'],
    [9, 'volumeAttributesClassName', 'string', 'pointer'],
  ],
  'core.v1.VolumeResourceRequirements': [
    [1, 'limits', 'map:resource.Quantity'],
    [2, 'requests', 'map:resource.Quantity'],
  ],
  'core.v1.TypedObjectReference': [
    [1, 'apiGroup', 'string', 'pointer'],
    [2, 'kind', 'string'],
    [3, 'name', 'string'],
    [4, 'namespace', 'string', 'pointer'],
  ],
};
