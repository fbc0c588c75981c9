import { createPrivateKey, createPublicKey } from 'node:crypto';

export interface SealKeys {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** The signing key from the environment (PEM, or PEM in base64), with its public half; null when none is set. */
export function sealKeys(configured: string | undefined): SealKeys | null {
  if (!configured) return null;
  const pem = configured.includes('-----BEGIN')
    ? configured
    : Buffer.from(configured, 'base64').toString('utf8');
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error('MUTUALIS_AUDIT_SIGNING_KEY must be an Ed25519 private key');
  }
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(),
  };
}
