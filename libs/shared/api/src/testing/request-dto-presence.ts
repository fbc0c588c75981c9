import { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA, PARAMTYPES_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IS_DEFINED, IS_OPTIONAL, ValidationTypes } from 'class-validator';

type Class = Type<unknown>;
type ModuleLike = Class | DynamicModule | Promise<DynamicModule> | { forwardRef: () => Class };

/** The controllers of a Nest module and of every module it imports (dynamic modules' own controllers included). */
export function controllersOf(module: ModuleLike, seen = new Set<unknown>()): Class[] {
  if (module instanceof Promise || seen.has(module)) return [];
  seen.add(module);
  if ('forwardRef' in module) return controllersOf(module.forwardRef(), seen);
  const dynamic = 'module' in module ? module : undefined;
  const moduleClass = dynamic?.module ?? (module as Class);
  const read = <T>(key: string): T[] => (Reflect.getMetadata(key, moduleClass) as T[] | undefined) ?? [];
  const controllers = [...read<Class>(MODULE_METADATA.CONTROLLERS), ...(dynamic?.controllers ?? [])];
  const imports = [
    ...read<ModuleLike>(MODULE_METADATA.IMPORTS),
    ...((dynamic?.imports ?? []) as ModuleLike[]),
  ];
  return [...controllers, ...imports.filter(Boolean).flatMap((imported) => controllersOf(imported, seen))];
}

/**
 * The classes the controllers' handlers take as `@Body()` or `@Query()`, and every class these nest through
 * class-transformer's `@Type()` (found as class-transformer finds them: by turning `{}` and `[{}]` into instances).
 */
export function requestDtoClasses(controllers: Class[]): Class[] {
  const found = new Set<Class>();
  const visit = (dto: Class) => {
    if (found.has(dto)) return;
    found.add(dto);
    nestedClasses(dto).forEach(visit);
  };
  for (const controller of controllers) {
    const prototype = controller.prototype as object;
    for (const handler of Object.getOwnPropertyNames(prototype)) {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<
        string,
        { index: number; data?: unknown }
      >;
      const types = (Reflect.getMetadata(PARAMTYPES_METADATA, prototype, handler) ?? []) as unknown[];
      for (const [key, arg] of Object.entries(args)) {
        const paramtype = Number(key.split(':')[0]);
        const whole = arg.data === undefined; // @Body('field') and @Query('name') take one value, not a DTO
        const type = types[arg.index];
        if (
          whole &&
          (paramtype === RouteParamtypes.BODY || paramtype === RouteParamtypes.QUERY) &&
          isDto(type)
        ) {
          visit(type);
        }
      }
    }
  }
  return [...found];
}

/**
 * `Class.property` for each validated property of these classes that a request may leave out without being refused,
 * though the class does not declare it optional: it has no `@IsOptional()` and no `@IsDefined()`, and none of its
 * validators refuses `undefined` (`@ValidateNested()` alone lets a missing object through to the handler).
 */
export function propertiesLettingUndefinedThrough(classes: Class[]): string[] {
  const storage = getMetadataStorage();
  return classes.flatMap((dto) => {
    const metadatas = storage.getTargetValidationMetadatas(dto, '', true, false);
    const properties = [...new Set(metadatas.map((metadata) => metadata.propertyName))];
    return properties
      .filter((property) => {
        const own = metadatas.filter((metadata) => metadata.propertyName === property);
        const declared = own.some(
          (metadata) =>
            metadata.type === ValidationTypes.IS_DEFINED ||
            metadata.name === IS_DEFINED ||
            (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION && metadata.name === IS_OPTIONAL),
        );
        const refusesUndefined = own.some(
          (metadata) =>
            metadata.type === ValidationTypes.CUSTOM_VALIDATION &&
            !metadata.validateIf &&
            storage.getTargetValidatorConstraints(metadata.constraintCls).some(
              (constraint) =>
                constraint.instance.validate(undefined, {
                  targetName: dto.name,
                  property,
                  object: {},
                  value: undefined,
                  constraints: metadata.constraints as unknown[],
                }) === false,
            ),
        );
        return !declared && !refusesUndefined;
      })
      .map((property) => `${dto.name}.${property}`);
  });
}

function isDto(type: unknown): type is Class {
  return (
    typeof type === 'function' &&
    ![Object, String, Number, Boolean, Array].includes(type as never) &&
    getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0
  );
}

/** The classes class-transformer makes of a property holding an object or a list of objects. */
function nestedClasses(dto: Class): Class[] {
  const properties = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  return [...properties].flatMap((property) =>
    [{}, [{}]].flatMap((value) => {
      const made = (plainToInstance(dto, { [property]: value }) as Record<string, unknown>)[property];
      const item = Array.isArray(made) ? made[0] : made;
      const type = (item as object | undefined)?.constructor;
      return isDto(type) ? [type] : [];
    }),
  );
}

/**
 * `Class.property` for each nested property (`@ValidateNested()`) that takes a value of the wrong shape, which
 * class-validator's nested validation lets through: a list where one object is expected (each item is validated as
 * the object), or, for a list of objects, an object or a list of lists. `@IsObject()` refuses the first;
 * `@IsArray()` and `@IsObject({ each: true })` the others.
 */
export function nestedPropertiesTakingWrongShapes(classes: Class[]): string[] {
  const storage = getMetadataStorage();
  return classes.flatMap((dto) => {
    const metadatas = storage.getTargetValidationMetadatas(dto, '', true, false);
    const refuses = (property: string, each: boolean, value: unknown) =>
      metadatas.some(
        (metadata) =>
          metadata.propertyName === property &&
          metadata.type === ValidationTypes.CUSTOM_VALIDATION &&
          Boolean(metadata.each) === each &&
          storage.getTargetValidatorConstraints(metadata.constraintCls).some(
            (constraint) =>
              constraint.instance.validate(value, {
                targetName: dto.name,
                property,
                object: {},
                value,
                constraints: metadata.constraints as unknown[],
              }) === false,
          ),
      );
    return metadatas
      .filter((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION)
      .filter(({ propertyName, each }) =>
        each
          ? !refuses(propertyName, false, {}) || !refuses(propertyName, true, [])
          : !refuses(propertyName, false, [{}]),
      )
      .map((metadata) => `${dto.name}.${metadata.propertyName}`);
  });
}
