/** OCI and Docker media types the client and cosign's formats use. */
export const MEDIA = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
} as const;

/** Every manifest type a registry may answer with (distribution returns 404 for OCI types not accepted). */
export const MANIFEST_ACCEPT = [MEDIA.ociManifest, MEDIA.ociIndex, MEDIA.dockerManifest, MEDIA.dockerList].join(', ');

/** The OCI empty descriptor (`{}`), the config of artifacts that have none. */
export const EMPTY_CONFIG = {
  mediaType: MEDIA.ociEmpty,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
} as const;

/** An OCI content descriptor. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}
