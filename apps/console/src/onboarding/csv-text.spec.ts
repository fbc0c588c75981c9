import { csvText } from './csv-text';

const bytes = (values: number[]) => new Uint8Array(values).buffer;

describe('the text of an onboarding file', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    const file = new TextEncoder().encode('\uFEFFsiret;nom\r\n21310044900015;Balma\r\n');
    expect(csvText(file.buffer as ArrayBuffer)).toBe('siret;nom\r\n21310044900015;Balma\r\n');
  });

  it('reads Windows-1252, as Excel saves it, when the bytes are not UTF-8', () => {
    // « Prévessin-Moëns » with é = 0xE9 and ë = 0xEB.
    const name = [0x50, 0x72, 0xe9, 0x76, 0x65, 0x73, 0x73, 0x69, 0x6e, 0x2d, 0x4d, 0x6f, 0xeb, 0x6e, 0x73];
    expect(csvText(bytes(name))).toBe('Prévessin-Moëns');
  });
});
