import { Body, Controller, Module, Post, Query } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ClockController } from '../lib/time/clock.controller';
import { ProjectionsController, RebuildJobsController } from '../lib/runtime/projections.controller';
import {
  controllersOf,
  nestedPropertiesTakingWrongShapes,
  propertiesLettingUndefinedThrough,
  requestDtoClasses,
} from './request-dto-presence';

class Address {
  @IsString()
  city!: string;
}

class Bracket {
  @ValidateIf((bracket: Bracket) => bracket.upTo !== null)
  @IsInt()
  upTo!: number | null;
}

class Body1 {
  @IsString()
  name!: string;

  @ValidateNested()
  @Type(() => Address)
  address!: Address;

  @IsDefined()
  @ValidateNested()
  @Type(() => Address)
  billing!: Address;

  @IsOptional()
  @ValidateNested()
  @Type(() => Address)
  delivery?: Address;

  @ValidateNested({ each: true })
  @Type(() => Bracket)
  brackets!: Bracket[];
}

class Shapes {
  @IsObject()
  @ValidateNested()
  @Type(() => Address)
  object!: Address;

  @ArrayMaxSize(3)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => Address)
  list!: Address[];

  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => Address)
  listOrObject!: Address[];

  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => Address)
  listOrListOfLists!: Address[];
}

class Filter {
  @IsOptional()
  @IsString()
  q?: string;
}

@Controller('things')
class ThingsController {
  @Post()
  create(@Body() body: Body1, @Query() filter: Filter, @Body('name') name: string): unknown {
    return [body, filter, name];
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

@Module({ imports: [{ module: ThingsModule, controllers: [ClockController] }] })
class RootModule {}

describe('request DTOs that let a missing property through', () => {
  it('finds the controllers of imported and dynamic modules', () => {
    expect(new Set(controllersOf(RootModule))).toEqual(new Set([ClockController, ThingsController]));
  });

  it('finds the bodies and queries the handlers take, and the classes they nest by @Type()', () => {
    expect(new Set(requestDtoClasses([ThingsController]))).toEqual(
      new Set([Body1, Address, Bracket, Filter]),
    );
  });

  it('names a nested object without @IsDefined or @IsOptional, not one with either, nor a validated value', () => {
    expect(propertiesLettingUndefinedThrough([Body1, Address, Bracket, Filter])).toEqual([
      'Body1.address',
      'Body1.brackets',
    ]);
  });

  it('names a nested object taking a list, a list of objects taking an object or lists; not with @IsObject, @IsArray', () => {
    expect(nestedPropertiesTakingWrongShapes([Body1, Shapes])).toEqual([
      'Body1.address',
      'Body1.billing',
      'Body1.delivery',
      'Body1.brackets',
      'Shapes.listOrObject',
      'Shapes.listOrListOfLists',
    ]);
  });

  it('finds none in the platform’s own controllers', () => {
    const dtoClasses = requestDtoClasses([ClockController, ProjectionsController, RebuildJobsController]);
    expect(dtoClasses.length).toBeGreaterThan(0);
    expect(propertiesLettingUndefinedThrough(dtoClasses)).toEqual([]);
    expect(nestedPropertiesTakingWrongShapes(dtoClasses)).toEqual([]);
  });
});
