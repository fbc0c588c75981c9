import { chooseInfrastructure, needsDockerProbe, readPreference } from './infrastructure-source';

describe('chooseInfrastructure', () => {
  it('uses what the environment gives for both', () => {
    const env = { KAFKA_BROKERS: 'k:9092', DATABASE_URL: 'postgres://db/x' };
    expect(chooseInfrastructure(env, true)).toEqual({ kafka: 'given', postgres: 'given' });
  });

  it('uses containers for both when nothing is given and Docker answers', () => {
    expect(chooseInfrastructure({}, true)).toEqual({ kafka: 'container', postgres: 'container' });
  });

  it('uses the Maven broker and local PostgreSQL when nothing is given and Docker is absent', () => {
    expect(chooseInfrastructure({}, false)).toEqual({ kafka: 'local', postgres: 'local' });
  });

  it('never mixes a given database with a container broker', () => {
    expect(chooseInfrastructure({ DATABASE_URL: 'postgres://db/x' }, true)).toEqual({
      kafka: 'local',
      postgres: 'given',
    });
    expect(chooseInfrastructure({ KAFKA_BROKERS: 'k:9092' }, true)).toEqual({
      kafka: 'given',
      postgres: 'local',
    });
  });

  it('keeps local parts when MUTUALIS_TEST_INFRA=local even if Docker answers', () => {
    expect(chooseInfrastructure({ MUTUALIS_TEST_INFRA: 'local' }, true)).toEqual({
      kafka: 'local',
      postgres: 'local',
    });
  });

  it('refuses MUTUALIS_TEST_INFRA=docker without a Docker engine', () => {
    expect(() => chooseInfrastructure({ MUTUALIS_TEST_INFRA: 'docker' }, false)).toThrow(/no Docker engine/);
  });
});

describe('needsDockerProbe', () => {
  it('asks Docker only when nothing is given and containers are allowed', () => {
    expect(needsDockerProbe({})).toBe(true);
    expect(needsDockerProbe({ KAFKA_BROKERS: 'k:9092' })).toBe(false);
    expect(needsDockerProbe({ DATABASE_URL: 'postgres://db/x' })).toBe(false);
    expect(needsDockerProbe({ MUTUALIS_TEST_INFRA: 'local' })).toBe(false);
  });
});

describe('readPreference', () => {
  it('rejects an unknown value with a message naming the variable', () => {
    expect(() => readPreference('podman')).toThrow(/MUTUALIS_TEST_INFRA/);
  });
});
