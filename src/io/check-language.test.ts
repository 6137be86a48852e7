import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertVietnamese } from './check-language.ts';

const corpus = path.resolve(import.meta.dirname, '../../corpus');

describe('assertVietnamese', () => {
  it('accepts every corpus document', () => {
    for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.txt'))) {
      expect(() => assertVietnamese(f, fs.readFileSync(path.join(corpus, f), 'utf8'))).not.toThrow();
    }
  });
  it.each([
    ['English', 'The Secretariat issued Conclusion 54 on continuing to implement Decision 99 on the role of the people. '],
    ['French', 'Le Secrétariat a publié la conclusion numéro 54 sur la poursuite de la mise en œuvre de la décision. '],
    ['Chinese', '中央 书记处 发布了 关于 继续 执行 第99号 决定 的 第54号 结论 。'],
  ])('refuses %s with NOT_VIETNAMESE', (_lang, sentence) => {
    expect(() => assertVietnamese('x.txt', sentence.repeat(4))).toThrow(expect.objectContaining({ code: 'NOT_VIETNAMESE' }));
  });
  it('does not judge a short paste', () => expect(() => assertVietnamese('x', 'Hello world')).not.toThrow());
});
