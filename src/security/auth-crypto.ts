/**
 * AuthCrypto on Node: argon2id for passwords (OWASP parameters), SHA-256 for
 * stored tokens, AES-256-GCM for TOTP secrets, otpauth for TOTP (RFC 6238).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from "node:crypto";
import argon2 from "argon2";
import * as OTPAuth from "otpauth";
import type { AuthCrypto } from "../domain/auth/crypto-port";

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function createAuthCrypto(fieldKey: Buffer, issuer = "Blueprint"): AuthCrypto {
  if (fieldKey.length !== 32) throw new Error("field encryption key must be 32 bytes");
  let dummy: Promise<string> | undefined;

  const totpFor = (secret: string, label = "") =>
    new OTPAuth.TOTP({ issuer, label, algorithm: "SHA1", digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });

  return {
    hashPassword: (password) => argon2.hash(password, ARGON2),
    verifyPassword: async (hash, password) => {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    },
    dummyHash: () => {
      dummy ??= argon2.hash(randomBytes(16).toString("hex"), ARGON2);
      return dummy;
    },
    randomToken: (bytes = 32) => randomBytes(bytes).toString("base64url"),
    sha256: (value) => createHash("sha256").update(value).digest("hex"),
    newId: () => randomUUID(),
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", fieldKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `v1.${iv.toString("base64url")}.${body.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}`;
    },
    open(sealed) {
      const [v, iv, body, tag] = sealed.split(".");
      if (v !== "v1" || !iv || !body || !tag) throw new Error("not a sealed value");
      const decipher = createDecipheriv("aes-256-gcm", fieldKey, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    },
    totp: {
      newSecret: () => new OTPAuth.Secret({ size: 20 }).base32,
      uri: (secret, account) => totpFor(secret, account).toString(),
      matchStep(secret, code, at) {
        if (!/^\d{6}$/.test(code)) return null;
        const delta = totpFor(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
        return delta === null ? null : Math.floor(at.getTime() / 30_000) + delta;
      },
      generate: (secret, at) => totpFor(secret).generate({ timestamp: at.getTime() }),
    },
  };
}
