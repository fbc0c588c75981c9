import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiConsumes } from '@nestjs/swagger';
import multer from 'multer';
import { Observable } from 'rxjs';
import { ProblemException } from '../errors/problem.exception';
import { HttpRequest, HttpResponse } from './http-types';

const FILE_UPLOAD_KEY = 'mutualis:file-upload';
const FORWARDS_BODY_KEY = 'mutualis:forwards-body';
/** Media types a file may come as, besides JSON; only routes declared with `@FileUpload()` take them. */
export const FILE_MEDIA_TYPES = ['text/csv', 'multipart/form-data'] as const;
/** The largest file taken: all the communes of France fit in about 4 MB. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const DEFAULT_FILE_NAME = 'import.csv';

/** A file as an endpoint receives it, whichever way it came. */
export interface UploadedFile {
  fileName: string;
  csv: string;
}

/**
 * Declares an endpoint that takes a CSV file: sent as is (`text/csv`, its name in `Content-Disposition`), as the
 * `file` field of a form (`multipart/form-data`), or as JSON `{ fileName, csv }`. Whichever way, the body the
 * endpoint gets is `{ fileName, csv }`, the text decoded from UTF-8 or, failing that, Windows-1252 (Excel's CSV).
 */
export function FileUpload(): MethodDecorator {
  return applyDecorators(
    SetMetadata(FILE_UPLOAD_KEY, true),
    ApiConsumes(...FILE_MEDIA_TYPES, 'application/json'),
  );
}

/**
 * Declares an endpoint that sends its request's body on, unread, to the service that decides on it (the console's
 * way to the services): a file goes through as it came, and the service it reaches refuses what it does not take.
 */
export function ForwardsBody(): MethodDecorator {
  return SetMetadata(FORWARDS_BODY_KEY, true);
}

/** The media type of a request's body, lower-case, without its parameters. */
export function mediaTypeOf(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** True for a body that is a file for a `@FileUpload()` endpoint (checked there, refused elsewhere). */
export function isFileMediaType(request: IncomingMessage): boolean {
  return (FILE_MEDIA_TYPES as readonly string[]).includes(mediaTypeOf(request));
}

/**
 * Reads the file of a `@FileUpload()` endpoint into the body `{ fileName, csv }`, before idempotency fingerprints
 * the body; refuses a file body on any other endpoint (415), as the HTTP pipeline refuses other non-JSON bodies.
 */
@Injectable()
export class FileUploadInterceptor implements NestInterceptor {
  private readonly multipart = multer({
    storage: multer.memoryStorage(),
    // Browsers send a file's name in UTF-8 without saying so (WHATWG's form encoding).
    defParamCharset: 'utf8',
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 1 },
  }).single('file');

  constructor(private readonly reflector: Reflector) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (!isFileMediaType(request)) return next.handle();
    if (this.reflector.get<boolean | undefined>(FORWARDS_BODY_KEY, context.getHandler()))
      return next.handle();
    if (!this.reflector.get<boolean | undefined>(FILE_UPLOAD_KEY, context.getHandler())) {
      throw new ProblemException(
        'unsupported-media-type',
        'This endpoint takes JSON only: send the body with Content-Type: application/json.',
      );
    }
    const response = context.switchToHttp().getResponse<HttpResponse>();
    request.body =
      mediaTypeOf(request) === 'text/csv'
        ? await readCsvBody(request)
        : await this.readForm(request, response);
    return next.handle();
  }

  private async readForm(request: HttpRequest, response: ServerResponse): Promise<UploadedFile> {
    const form = request as HttpRequest & { file?: { originalname: string; buffer: Buffer } };
    await new Promise<void>((resolve, reject) =>
      this.multipart(form as never, response as never, (error: unknown) =>
        error ? reject(formProblem(error)) : resolve(),
      ),
    );
    if (!form.file) {
      throw new ProblemException('validation-failed', 'The form has no file: send it in the field `file`.', {
        errors: [{ field: 'file', message: 'a CSV file is required' }],
      });
    }
    return { fileName: form.file.originalname || DEFAULT_FILE_NAME, csv: decodeText(form.file.buffer) };
  }
}

async function readCsvBody(request: HttpRequest): Promise<UploadedFile> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_FILE_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return { fileName: fileNameOf(request) ?? DEFAULT_FILE_NAME, csv: decodeText(Buffer.concat(chunks)) };
}

/** The file's name from `Content-Disposition: attachment; filename="communes.csv"`, if given. */
function fileNameOf(request: IncomingMessage): string | undefined {
  const disposition = request.headers['content-disposition'] ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** UTF-8 (a BOM dropped), or Windows-1252 when the bytes are not UTF-8: what spreadsheets save as "CSV". */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function tooLarge(): ProblemException {
  return new ProblemException(
    'payload-too-large',
    `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
  );
}

function formProblem(error: unknown): ProblemException {
  const code = (error as { code?: string }).code;
  if (code === 'LIMIT_FILE_SIZE') return tooLarge();
  return new ProblemException('validation-failed', `The form cannot be read: ${(error as Error).message}.`, {
    errors: [{ field: 'file', message: (error as Error).message }],
  });
}
