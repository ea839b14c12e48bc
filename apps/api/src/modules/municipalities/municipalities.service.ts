import { Injectable } from '@nestjs/common';
import type { MunicipalityList } from '@repo/contracts';
import { toMunicipalityList } from './municipalities.mapper';
import { MunicipalitiesRepository } from './municipalities.repository';

@Injectable()
export class MunicipalitiesService {
  constructor(private readonly municipalities: MunicipalitiesRepository) {}

  async list(): Promise<MunicipalityList> {
    return { items: toMunicipalityList(await this.municipalities.findAll()) };
  }
}
