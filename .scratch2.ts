import fs from 'node:fs';
import { seedBlocks, blockText } from './scripts/fixtures/seed-blocks.ts';
const seed = fs.readFileSync('corpus/quang-ngai-1698-cv-tu.txt', 'utf8');
for (const b of seedBlocks(seed)) console.log(b.kind, JSON.stringify(blockText(b)).slice(0, 120));
