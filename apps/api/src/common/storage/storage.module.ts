import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createFileStorage, type FileStorage, S3Storage } from '@repo/file-storage';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { FILE_STORAGE } from './file-storage.token';

/** Where uploaded files live: local disk or an S3 bucket, as FILE_STORAGE says. */
@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createFileStorage(config.fileStorage) }],
  exports: [FILE_STORAGE],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    // The SDK keeps idle sockets to S3 open; let the process end without waiting for them.
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}
