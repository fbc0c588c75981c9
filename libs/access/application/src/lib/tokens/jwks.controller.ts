import type { ServerResponse } from 'node:http';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@mutualis/shared/api';
import { AccessTokens } from './access-tokens';
import { JwksView } from './jwks.responses';

@ApiTags('Connexion à la console')
@Controller('.well-known/jwks.json')
@Public()
export class JwksController {
  constructor(@Inject(AccessTokens) private readonly tokens: AccessTokens) {}

  @Get()
  @ApiOperation({
    summary: 'Clés publiques des jetons de la console (JWKS)',
    description:
      'Les services vérifient avec elles les jetons RS256 que la console leur présente au nom des personnes ' +
      'connectées (MUTUALIS_ACCESS_JWKS_URL).',
  })
  @ApiOkResponse({ type: JwksView })
  keys(@Res({ passthrough: true }) response: ServerResponse): JwksView {
    response.setHeader('Cache-Control', 'public, max-age=300');
    return this.tokens.jwks() as JwksView;
  }
}
