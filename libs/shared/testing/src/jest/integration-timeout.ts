// Integration tests wait on a real broker and database; a minute bounds each one without flaking on a busy machine.
jest.setTimeout(60_000);
