import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { type FileStorage, StoredFileMissingError } from './file-storage';
import { assertValidStorageKey, assertValidStoragePrefix } from './storage-keys';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Another S3-compatible service (MinIO, Ceph, a cloud provider's S3 API) instead of AWS. */
  endpoint?: string;
  /** bucket in the path (http://host/bucket/key) rather than the host name; most non-AWS services need it. */
  forcePathStyle?: boolean;
  /** Unset: the AWS SDK's default chain (AWS_* environment variables, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Keys per ListObjectsV2 page (S3's maximum is 1000). */
  listPageSize?: number;
}

// Not `instanceof Error`: errors may come from another realm (Jest's sandbox).
function isNotFound(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === name;
}

/** Files as objects in an S3 bucket, so several API processes on different machines share them. */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly listPageSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.listPageSize = options.listPageSize ?? 1000;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      // The SDK's default CRC checksums on every request are refused by many S3-compatible services
      // (older MinIO, Ceph, s3rver); send and check them only where S3 requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Buffer, mediaType: string): Promise<void> {
    assertValidStorageKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: mediaType, ContentLength: body.length }),
    );
  }

  async get(key: string): Promise<Readable> {
    assertValidStorageKey(key);
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      // In Node the SDK's body is an http.IncomingMessage, a Readable.
      if (!(Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${key}.`);
      return Body;
    } catch (error) {
      // NoSuchBucket stays an error: a missing bucket is a configuration fault, not a missing file.
      if (isNotFound(error, 'NoSuchKey')) throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertValidStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      // A HEAD answer has no body, so the SDK can only name a 404 "NotFound".
      if (isNotFound(error, 'NotFound') || isNotFound(error, 'NoSuchKey')) return false;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    assertValidStoragePrefix(prefix);
    const keys: string[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          MaxKeys: this.listPageSize,
          ContinuationToken: continuationToken,
        }),
      );
      for (const object of page.Contents ?? []) if (object.Key !== undefined) keys.push(object.Key);
      if (page.IsTruncated && !page.NextContinuationToken) {
        // Stopping here would report a partial list as the whole.
        throw new Error(`S3 said the list under ${prefix} goes on but gave no continuation token.`);
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return keys.sort();
  }

  /** Closes the SDK's connection pool (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}
