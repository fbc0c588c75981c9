import type { ServerResponse } from 'node:http';
import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HttpRequest, ProblemException, Public } from '@mutualis/shared/api';
import { AccessConfig } from '../access.config';
import { ConsoleCookies } from '../sessions/session-cookie';
import { SessionStore } from '../sessions/session-store';
import { SignedIn } from '../sessions/signed-in';
import { LogoutAnswer } from './sign-in.responses';
import { OpenIdProvider } from './openid-provider';
import { safeReturnTo } from './return-to';

/** A sign-in has this long to come back from the provider. */
const SIGN_IN_COOKIE_SECONDS = 600;

function redirect(response: ServerResponse, location: string): void {
  response.statusCode = 302;
  response.setHeader('Location', location);
  response.setHeader('Cache-Control', 'no-store');
  response.end();
}

@ApiTags('Connexion à la console')
@Controller('auth')
@Public()
export class SignInController {
  constructor(
    @Inject(OpenIdProvider) private readonly provider: OpenIdProvider,
    @Inject(SessionStore) private readonly sessions: SessionStore,
    @Inject(ConsoleCookies) private readonly cookies: ConsoleCookies,
    @Inject(SignedIn) private readonly signedIn: SignedIn,
    @Inject(AccessConfig) private readonly config: AccessConfig,
  ) {}

  @Get('login')
  @ApiOperation({
    summary: 'Se connecter (OpenID Connect)',
    description:
      'Redirige vers le fournisseur d’identité (ProConnect pour les agents publics), qui renvoie vers `/auth/callback`.',
  })
  @ApiQuery({
    name: 'returnTo',
    required: false,
    description: 'La page de la console où revenir une fois connecté (un chemin commençant par `/`).',
    example: '/groupements',
  })
  @ApiResponse({ status: 302, description: 'Vers la page de connexion du fournisseur d’identité' })
  async login(@Query('returnTo') returnTo: unknown, @Res() response: ServerResponse): Promise<void> {
    const { codeVerifier, nonce, url } = await this.provider.authorization();
    const state = await this.sessions.beginSignIn({ codeVerifier, nonce, returnTo: safeReturnTo(returnTo) });
    this.cookies.set(response, this.cookies.signInName, state, SIGN_IN_COOKIE_SECONDS);
    redirect(response, url(state));
  }

  @Get('callback')
  @ApiOperation({
    summary: 'Retour du fournisseur d’identité',
    description: 'Ouvre la session (cookie httpOnly) et renvoie vers la page demandée à la connexion.',
  })
  @ApiResponse({ status: 302, description: 'Vers la page de la console demandée' })
  async callback(@Req() request: HttpRequest, @Res() response: ServerResponse): Promise<void> {
    // Built from the configured address: the redirect URI the provider knows, whatever Host the request names.
    const url = new URL(
      `/auth/callback${new URL(request.originalUrl, 'http://x').search}`,
      this.config.MUTUALIS_CONSOLE_URL,
    );
    const state = url.searchParams.get('state');
    if (url.searchParams.get('error')) {
      this.cookies.set(response, this.cookies.signInName, '', 0);
      return redirect(response, '/?connexion=refusee');
    }
    if (!state || state !== this.cookies.read(request, this.cookies.signInName)) {
      throw new ProblemException(
        'bad-request',
        'Cette connexion n’a pas été commencée depuis ce navigateur : recommencez depuis la console.',
        { rule: 'sign-in-state' },
      );
    }
    const pending = await this.sessions.takeSignIn(state);
    if (!pending) {
      throw new ProblemException(
        'bad-request',
        'Cette connexion a expiré ou a déjà servi : recommencez depuis la console.',
        { rule: 'sign-in-state' },
      );
    }
    let signedIn: Awaited<ReturnType<OpenIdProvider['signedIn']>>;
    try {
      signedIn = await this.provider.signedIn(url, { state, ...pending });
    } catch (error) {
      throw new ProblemException(
        'bad-request',
        `Le fournisseur d’identité n’a pas confirmé la connexion (${(error as Error).message}) : recommencez.`,
        { rule: 'sign-in-exchange' },
      );
    }
    const session = await this.sessions.open(signedIn.person, signedIn.idToken);
    this.cookies.set(response, this.cookies.signInName, '', 0);
    this.cookies.set(
      response,
      this.cookies.sessionName,
      session.id,
      (session.expiresAt.getTime() - Date.now()) / 1000,
    );
    redirect(response, pending.returnTo);
  }

  @Post('logout')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Se déconnecter',
    description:
      'Ferme la session de la console (en-tête `X-CSRF-Token` requis) et donne l’adresse où fermer aussi celle du ' +
      'fournisseur d’identité.',
  })
  @ApiOkResponse({ type: LogoutAnswer })
  async logout(
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<LogoutAnswer> {
    const session = await this.signedIn.session(request);
    await this.sessions.close(this.cookies.read(request, this.cookies.sessionName)!);
    this.cookies.set(response, this.cookies.sessionName, '', 0);
    const endSessionUrl = await this.provider.endSessionUrl(session.idToken).catch(() => null);
    return { endSessionUrl };
  }
}
