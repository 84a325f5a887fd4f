import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileNameLooksLikeReport, headLooksLikeReport, looksLikeReport } from '../../src/core/detect-report';

const seed = fs.readFileSync(path.join(__dirname, '../fixtures/seed/seed-report.txt'), 'utf8');
const paragraph = '按照单位学习安排，本人认真研读了有关文件，结合岗位实际，对照要求查找差距，现将主要体会和今后打算报告如下，请同志们批评指正。';

describe('detect-report', () => {
  it('recognises the seed by its title-like file name and by its head', () => {
    assert.ok(fileNameLooksLikeReport('/home/u/2023年主题教育专题一交流研讨材料（2683字）.txt'));
    assert.ok(headLooksLikeReport(seed));
  });

  it('recognises report kinds in the file name, on either path separator', () => {
    for (const name of ['个人对照检查材料.txt', 'C:\\docs\\述职报告2024.txt', '/x/党课讲稿.txt', '学习心得.txt', '发言提纲.txt']) {
      assert.ok(fileNameLooksLikeReport(name), name);
    }
  });

  it('looks only at the base name, not the folders', () => {
    assert.ok(!fileNameLooksLikeReport('/home/u/研讨/notes.txt'));
  });

  it('recognises a report title followed by one numbered section', () => {
    assert.ok(headLooksLikeReport(`关于加强理论学习的研讨发言\n\n${paragraph}\n一、主要收获\n`));
  });

  it('recognises 一、/二、 sections with prose even without a report title', () => {
    assert.ok(headLooksLikeReport(`近期工作情况\n${paragraph}\n一、学习方面\n${paragraph}\n二、工作方面\n${paragraph}\n`));
  });

  it('leaves ordinary notes alone', () => {
    assert.ok(!looksLikeReport('notes.txt', '明天买菜\n记得给妈妈打电话\nTODO: fix the printer\n'));
    assert.ok(!looksLikeReport('notes.txt', ''));
    assert.ok(!looksLikeReport('readme.txt', 'Install the program and run it.\n1. Download\n2. Run\n'));
  });

  it('does not take a short numbered to-do list for a report', () => {
    assert.ok(!looksLikeReport('todo.txt', '周末安排\n一、打扫卫生\n二、买菜\n三、看电影\n'));
  });

  it('ignores headings past the first lines it reads', () => {
    const head = `${'随手记一笔。\n'.repeat(60)}一、学习方面\n${paragraph}\n二、工作方面\n${paragraph}\n`;
    assert.ok(!headLooksLikeReport(head));
  });

  it('handles CRLF and a full-width indent before headings', () => {
    assert.ok(headLooksLikeReport(`${paragraph}\r\n\u3000\u3000一、学习方面\r\n${paragraph}\r\n\u3000\u3000二、工作方面\r\n`));
  });

  it('does not take 一是/二是 enumerations for headings', () => {
    assert.ok(!headLooksLikeReport(`${paragraph}\n一是加强学习。\n二是改进作风。\n${paragraph}\n`));
  });
});
