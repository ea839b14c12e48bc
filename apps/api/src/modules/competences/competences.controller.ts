import { Controller, Get } from '@nestjs/common';
import { CompetenceListSchema } from '@repo/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { PrismaService } from '../../prisma/prisma.service';

class CompetenceListDto extends createZodDto(CompetenceListSchema) {}

@Controller('competences')
export class CompetencesController {
  constructor(private readonly prisma: PrismaService) {}

  /** The competence areas in use, in the coordinators' order. */
  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: CompetenceListDto })
  async list() {
    const items = await this.prisma.client.competence.findMany({
      where: { archivedAt: null },
      select: { id: true, slug: true, nameSv: true, nameEn: true },
      orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    });
    return { items };
  }
}
