import { Injectable } from '@nestjs/common';

/** The time as the app sees it. Expiry rules ask this, so tests can move time forward. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
