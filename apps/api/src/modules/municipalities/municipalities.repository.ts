import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';

export const municipalitySelect = {
  code: true,
  name: true,
  regionCode: true,
  region: { select: { name: true } },
} as const;

@Injectable()
export class MunicipalitiesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findAll() {
    return this.prisma.client.municipality.findMany({ select: municipalitySelect });
  }
}
