import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import type { Analysis } from '../../server/src/core/types';
import { loadEntityLayer } from '../../server/src/engineEntities';

// The shipped model and lists, loaded once as the server does.
const entities = loadEntityLayer({});

function run(text: string): Analysis {
  return analyze(text, { entities });
}

/** Mentions as `TYPE:text`, in document order. */
function found(text: string): string[] {
  return run(text).entities.map((e) => `${e.type}:${e.text}`);
}

describe('entities: recognition on written sentences', () => {
  const cases: [string, string, string[]][] = [
    ['a title is not part of the person', 'وقال الرئيس الروسي فلاديمير بوتين إن موسكو لن تتراجع عن موقفها.', ['PER:فلاديمير بوتين', 'LOC:موسكو']],
    ['proclitics dropped, names starting with clitic letters kept whole', 'وصل الوفد إلى بغداد ثم توجه إلى واشنطن وبيروت ولندن.', ['LOC:بغداد', 'LOC:واشنطن', 'LOC:بيروت', 'LOC:لندن']],
    ['لل keeps its second ل, as the gold convention says', 'وقدمت روسيا دعما كبيرا للصين في المفاوضات.', ['LOC:روسيا', 'LOC:لصين']],
    ['a quoted name is found without its quote marks', 'وكان “بوتين” قد زار طهران الأسبوع الماضي.', ['PER:بوتين', 'LOC:طهران']],
    ['لـ before a quoted name', 'وفي حديث لـ”بوتين” أمس قال إن العلاقات مع تركيا جيدة.', ['PER:بوتين', 'LOC:تركيا']],
    ['a Latin-script organisation', 'وذكرت شبكة CNN الأمريكية أن المفاوضات في جنيف توقفت.', ['ORG:CNN', 'LOC:جنيف']],
    ['a multi-word place with the article kept', 'وأعلنت الولايات المتحدة الأمريكية فرض عقوبات جديدة على إيران.', ['LOC:الولايات المتحدة الأمريكية', 'LOC:إيران']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const got = found(text);
      for (const e of expected) assert.ok(got.includes(e), `expected ${e} in ${JSON.stringify(got)}`);
    });
  }

  it('spans are exact offsets of the text and never start on a clitic or a quote mark', () => {
    const text = 'وقال وزير الخارجية التركي مولود جاويش أوغلو في أنقرة إن “داعش” يهدد بغداد ودمشق.';
    for (const e of run(text).entities) {
      assert.strictEqual(text.slice(e.start, e.end), e.text);
      assert.ok(!/^[“”"«»]|[“”"«»]$/.test(e.text), e.text);
    }
    assert.ok(found(text).includes('LOC:دمشق'), 'ودمشق loses its و');
  });

  it('a name split by a hard line break is one mention spanning the break', () => {
    // Hard-wrapped text (lines broken inside sentences), as some news sites deliver it.
    const text = [
      'والتقى وزير الخارجية الإيراني في العاصمة الروسية موسكو',
      'أمس بالرئيس الروسي فلاديمير',
      'بوتين لبحث الأزمة السورية والعلاقات الثنائية بين',
      'البلدين في ظل التوتر المتصاعد مع تركيا بعد إسقاط',
      'الطائرة الروسية على الحدود السورية.',
    ].join('\n');
    const per = run(text).entities.find((e) => e.type === 'PER');
    assert.ok(per, 'a person is found');
    assert.strictEqual(per.text, 'فلاديمير\nبوتين');
  });
});

describe('entities: in-document linking', () => {
  it('a surname joins the full name, with the full name as canonical', () => {
    const a = run('وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة. وقال بوتين إن العلاقات قوية. وأضاف بوتين أن موسكو مستعدة.');
    const putin = a.entities.filter((e) => e.type === 'PER' && e.text.includes('بوتين'));
    assert.ok(putin.length >= 2, JSON.stringify(a.entities));
    const clusters = new Set(putin.map((e) => e.cluster));
    assert.strictEqual(clusters.size, 1);
    assert.strictEqual(a.clusters[putin[0].cluster].canonical, 'فلاديمير بوتين');
  });

  it('a shorter form of a place joins the longer one', () => {
    const a = run('أعلنت الولايات المتحدة الأمريكية أمس أنها سترسل قوات إضافية. وقالت الولايات المتحدة إن القرار نهائي.');
    const us = a.entities.filter((e) => e.text.startsWith('الولايات المتحدة'));
    assert.strictEqual(us.length, 2, JSON.stringify(a.entities));
    assert.strictEqual(us[0].cluster, us[1].cluster);
    assert.strictEqual(a.clusters[us[0].cluster].canonical, 'الولايات المتحدة الأمريكية');
  });

  it('every mention points at a cluster that lists it', () => {
    const a = run('قال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ إن روسيا تشكل تهديدا. وأضاف ستولتنبرغ أن الحلف سيعزز وجوده في بولندا وروسيا.');
    a.entities.forEach((e, i) => {
      const c = a.clusters[e.cluster];
      assert.ok(c.mentions.includes(i));
      assert.ok(c.forms.includes(e.text));
    });
  });
});

describe("entities: the user's own list in the workspace", () => {
  const text = 'وقال مدير مؤسسة نور الهدى للتنمية إن المشروع سيبدأ في قرية عين الزيتون الشهر المقبل.';

  function withList(json: string, body: (layer: ReturnType<typeof loadEntityLayer>) => void): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-gaz-'));
    try {
      fs.mkdirSync(path.join(dir, '.mizan'));
      fs.writeFileSync(path.join(dir, '.mizan', 'gazetteer.json'), json);
      body(loadEntityLayer({ workspaceFolder: dir }));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('its names are found with their type, even inside a clitic (لمؤسسة)', () => {
    withList('{"ORG": ["مؤسسة نور الهدى للتنمية"], "LOC": ["عين الزيتون"]}', (layer) => {
      const a = analyze(`${text} وأعلن لمؤسسة نور الهدى للتنمية دعمه.`, { entities: layer });
      const user = a.entities.filter((e) => e.source === 'user').map((e) => `${e.type}:${e.text}`);
      assert.deepStrictEqual(user, ['ORG:مؤسسة نور الهدى للتنمية', 'LOC:عين الزيتون', 'ORG:مؤسسة نور الهدى للتنمية']);
    });
  });

  it('a broken list is reported and recognition goes on without it', () => {
    const write = process.stderr.write;
    let said = '';
    process.stderr.write = ((s: string) => {
      said += s;
      return true;
    }) as typeof process.stderr.write;
    try {
      withList('{"ORG": ["x"], "PERSON": ["y"]}', (layer) => {
        assert.ok(analyze('وصل الوفد إلى بغداد.', { entities: layer }).entities.some((e) => e.text === 'بغداد'));
      });
    } finally {
      process.stderr.write = write;
    }
    assert.match(said, /gazetteer\.json: PERSON\[0\]: type must be one of PER, LOC, ORG, MISC, got "PERSON"; the list is ignored/);
  });
});
