// Claims in news whose quote marks were stripped, and the constructions that cut or lose them:
// unquoted direct speech, content boundaries, claims without a named speaker, speaker fixes and
// the reporting verbs and phrases added to the lexicon. Sentences written for these tests.
import { type Case, check, claimsOf } from './claimsSupport';

const cases: Case[] = [
  // Unquoted direct speech after قال/أضاف, with no أن and no colon.
  {
    name: 'unquoted speech: a first-person verb later in the clause',
    text: 'وقال الوزير الوضع في المدينة صعب للغاية ولا نملك ما يكفي من الأدوية.',
    claims: [{ kind: 'direct', speaker: 'الوزير', cue: 'وقال', content: 'الوضع في المدينة صعب للغاية ولا نملك ما يكفي من الأدوية' }],
  },
  { name: 'unquoted speech: لقد and كنا', text: 'وأضاف المتحدث لقد كنا ننتظر هذا القرار منذ سنوات طويلة.', claims: [{ kind: 'direct', speaker: 'المتحدث', content: 'لقد كنا ننتظر هذا القرار منذ سنوات طويلة' }] },
  { name: 'unquoted speech does not start at an inner أن', text: 'وقال رئيس البلدية كنا نتوقع أن تصل المساعدات قبل الشتاء.', claims: [{ kind: 'direct', speaker: 'رئيس البلدية', content: 'كنا نتوقع أن تصل المساعدات قبل الشتاء' }] },
  {
    name: 'unquoted speech: لم + a first-person verb',
    text: 'وقال المدرب لم نلعب بشكل جيد في الشوط الأول لكننا تداركنا الأمر.',
    claims: [{ kind: 'direct', speaker: 'المدرب', content: 'لم نلعب بشكل جيد في الشوط الأول لكننا تداركنا الأمر' }],
  },
  { name: 'unquoted speech: a possessive ـنا', text: 'وتابع المحافظ بلادنا تمر بظروف صعبة وعلى الجميع التعاون.', claims: [{ kind: 'direct', speaker: 'المحافظ', content: 'بلادنا تمر بظروف صعبة وعلى الجميع التعاون' }] },
  { name: 'our correspondent is the speaker, not first-person speech', text: 'وقال مراسلنا إن القصف استمر طوال الليل.', claims: [{ kind: 'indirect', speaker: 'مراسلنا', content: 'القصف استمر طوال الليل' }] },
  {
    name: 'a report inside unquoted speech does not take it over',
    text: 'وقال النائب صرح الوزير بأن الحكومة ستستقيل قريبا وهذا غير صحيح.',
    claims: [{ kind: 'direct', speaker: 'النائب', cue: 'وقال', content: 'صرح الوزير بأن الحكومة ستستقيل قريبا وهذا غير صحيح' }],
  },

  // Content boundaries.
  {
    name: "«، لكنه» + a cue starts the same speaker's next report",
    text: 'وقال الوزير إن المفاوضات متعثرة، لكنه أكد أن الحل السياسي ما زال ممكنا.',
    claims: [
      { speaker: 'الوزير', cue: 'وقال', content: 'المفاوضات متعثرة' },
      { speaker: 'الوزير', cue: 'أكد', content: 'الحل السياسي ما زال ممكنا' },
    ],
  },
  {
    name: 'a second cue joined with و and no comma',
    text: 'وأوضح المسؤول أن الطريق مغلق وشدد على أن فرق الإنقاذ تعمل بلا توقف.',
    claims: [
      { speaker: 'المسؤول', cue: 'وأوضح', content: 'الطريق مغلق' },
      { speaker: 'المسؤول', cue: 'وشدد', content: 'فرق الإنقاذ تعمل بلا توقف' },
    ],
  },
  ...(
    [
      ['، غير أنه + a cue', 'وقال الرئيس إن بلاده مستعدة للحوار، غير أنه حذر من أي اعتداء على حدودها.', 'بلاده مستعدة للحوار', 'حذر', 'أي اعتداء على حدودها', 'الرئيس'],
      ['، إلا أنها + a cue', 'وقالت الوزيرة إن الأسعار استقرت، إلا أنها أكدت أن الأزمة لم تنته بعد.', 'الأسعار استقرت', 'أكدت', 'الأزمة لم تنته بعد', 'الوزيرة'],
      ['، بينما + a cue of another speaker', 'وقالت الوزيرة إن الميزانية جاهزة، بينما أكد وزير المالية أن العجز سيرتفع.', 'الميزانية جاهزة', 'أكد', 'العجز سيرتفع', 'وزير المالية'],
      ['، في حين + a cue of another speaker', 'وأكد المتحدث أن الهدنة صامدة، في حين قالت المعارضة إن القصف مستمر.', 'الهدنة صامدة', 'قالت', 'القصف مستمر', 'المعارضة'],
    ] as const
  ).map(([name, text, first, cue, second, speaker]): Case => ({ name: `a contrast opens the next report: ${name}`, text, claims: [{ content: first }, { cue, content: second, speaker }] })),
  { name: '«، بينما» without a cue stays in the content', text: 'وقال المسؤول إن الشمال هادئ، بينما يشهد الجنوب اشتباكات متقطعة.', claims: [{ speaker: 'المسؤول', content: 'الشمال هادئ، بينما يشهد الجنوب اشتباكات متقطعة' }] },
  { name: '«، في خطوة …» is the writer describing the report', text: 'وأعلنت الحكومة أنها ستخفض الضرائب، في خطوة تهدف إلى تحفيز الاقتصاد.', claims: [{ speaker: 'الحكومة', cue: 'وأعلنت', content: 'ستخفض الضرائب' }] },
  { name: 'a content word with و is not a second cue', text: 'وقال الطبيب إن المرضى يعانون من الجوع ويؤكدون حاجتهم إلى الغذاء.', claims: [{ speaker: 'الطبيب', cue: 'وقال', content: 'المرضى يعانون من الجوع ويؤكدون حاجتهم إلى الغذاء' }] },
  {
    name: 'a masdar cue (تأكيدا منه أن)',
    text: 'وأعلن الجيش السيطرة على المدينة، تأكيدا منه أن العمليات ستستمر حتى النهاية.',
    claims: [
      { speaker: 'الجيش', cue: 'وأعلن', content: 'السيطرة على المدينة' },
      { speaker: 'الجيش', cue: 'تأكيدا', content: 'العمليات ستستمر حتى النهاية' },
    ],
  },
  { name: '«وعن X قال :» — the topic is not the speaker', text: 'وعن الأزمة الاقتصادية قال الوزير : الحكومة ستطلق خطة إنقاذ عاجلة.', claims: [{ kind: 'direct', speaker: 'الوزير', cue: 'قال', content: 'الحكومة ستطلق خطة إنقاذ عاجلة' }] },
  {
    name: 'a source caption inside the sentence',
    text: 'وقالت الشرطة ( رويترز ) إن الحادث وقع صباح اليوم قرب الميناء.',
    names: [{ text: 'رويترز', type: 'ORG' }],
    claims: [{ speaker: 'الشرطة', cue: 'وقالت', content: 'الحادث وقع صباح اليوم قرب الميناء' }],
  },
  { name: 'a trailing «حسب X» without a comma', text: 'الحكومة ستخفض الضرائب خلال العام المقبل حسب وزير المالية.', claims: [{ speaker: 'وزير المالية', cue: 'حسب', content: 'الحكومة ستخفض الضرائب خلال العام المقبل' }] },
  { name: 'a trailing «وفق» (no alef) with experts', text: 'الأسعار سترتفع مطلع العام المقبل وفق خبراء اقتصاديين.', claims: [{ speaker: 'خبراء اقتصاديين', cue: 'وفق', content: 'الأسعار سترتفع مطلع العام المقبل' }] },
  { name: '«حسب الخطة» is no source', text: 'وستبدأ أعمال البناء الشهر المقبل حسب الخطة الموضوعة.', claims: [] },
  { name: 'وصف X بأنه', text: 'ووصف الوزير الاتفاق بأنه خطوة تاريخية نحو السلام.', claims: [{ speaker: 'الوزير', cue: 'ووصف', content: 'خطوة تاريخية نحو السلام' }] },
  { name: 'وصف X بـ', text: 'ووصفت المعارضة الانتخابات بالمهزلة.', claims: [{ speaker: 'المعارضة', cue: 'ووصفت', content: 'الانتخابات بالمهزلة' }] },

  // Claims kept without a named speaker, or with the subject of an earlier verb.
  { name: 'no speaker anywhere: the claim is kept, speaker unknown', text: 'وأكد أن المستشفيات تعمل بكامل طاقتها رغم النقص.', claims: [{ speaker: null, cue: 'وأكد', content: 'المستشفيات تعمل بكامل طاقتها رغم النقص' }] },
  { name: 'an impersonal form is still no claim', text: 'ويذكر أن الجسر افتتح عام 1990 بعد سنوات من العمل.', claims: [] },
  { name: 'the subject of an earlier non-reporting verb (يقف X … حيث يرى)', text: 'يقف الرئيس أمام خيارات صعبة حيث يرى أن الحوار هو الحل الوحيد.', claims: [{ speaker: 'الرئيس', cue: 'يرى', content: 'الحوار هو الحل الوحيد' }] },

  // Speakers.
  {
    name: 'a title before the name: the name speaks, and its بان is no بأن',
    text: 'قال الأمين العام بان كي مون إن الأزمة الإنسانية تتفاقم.',
    names: [{ text: 'بان كي مون', type: 'PER' }],
    claims: [{ speaker: 'بان كي مون', cue: 'قال', content: 'الأزمة الإنسانية تتفاقم' }],
  },
  { name: 'an aside whose first word begins with ف is no new clause', text: 'وقال مصدر أمني، فضل عدم الكشف عن اسمه، إن المهاجمين فروا نحو الجبال.', claims: [{ speakerIs: 'مصدر أمني', cue: 'وقال', content: 'المهاجمين فروا نحو الجبال' }] },
  { name: "«بتصريحات قال فيها»: the subject of the sentence's first verb speaks", text: 'وأدلى الوزير بتصريحات قال فيها إن الأزمة انتهت.', claims: [{ speakerIs: 'الوزير', cue: 'قال', content: 'الأزمة انتهت' }] },
  {
    name: 'a title and a name after a place phrase, no entity: the speaker runs on to the name',
    text: 'وقال قائد الشرطة في المدينة العقيد خالد حسن إن التحقيقات جارية.',
    claims: [{ speaker: 'العقيد خالد حسن', cue: 'وقال', content: 'التحقيقات جارية' }],
  },
  { name: 'a place phrase with no title and name after it ends the speaker', text: 'وقال مسؤول في وزارة الدفاع إن الطائرة سقطت لأسباب فنية.', claims: [{ speakerIs: 'مسؤول', cue: 'وقال', content: 'الطائرة سقطت لأسباب فنية' }] },
  { name: '«قال فيه» does not take فيه', text: 'وقال فيه الكاتب إن الحكومة أخطأت في تقدير الموقف.', claims: [{ speaker: 'الكاتب', content: 'الحكومة أخطأت في تقدير الموقف' }] },
  { name: 'an object relative: the speaker follows the verb', text: 'وهذا هو النائب الذي اتهمه الوزير أن له علاقات مع المهربين.', claims: [{ speaker: 'الوزير', cue: 'اتهمه', content: 'له علاقات مع المهربين' }] },
  {
    name: 'a participle that does not agree continues the earlier speaker',
    text: 'وقال المدير إن المصنع سيغلق. وقالت الوزيرة إن الميزانية ستقر قريبا، مشيرا إلى أن العمال سيعوضون.',
    claims: [
      { speaker: 'المدير', content: 'المصنع سيغلق' },
      { speaker: 'الوزيرة', content: 'الميزانية ستقر قريبا' },
      { speaker: 'المدير', cue: 'مشيرا', content: 'العمال سيعوضون' },
    ],
  },

  // Reporting verbs and phrases added to the lexicon (server/data/cues.json).
  ...(
    [
      ['ولاحظ التقرير أن معدلات الفقر ارتفعت بشكل ملحوظ.', 'التقرير', 'ولاحظ', 'معدلات الفقر ارتفعت بشكل ملحوظ'],
      ['وخلص الباحثون إلى أن التلوث يسبب أمراضا خطيرة.', 'الباحثون', 'وخلص', 'التلوث يسبب أمراضا خطيرة'],
      ['واختتم الوزير كلمته بالقول إن المستقبل يحمل الكثير من الأمل.', 'الوزير', 'واختتم', 'المستقبل يحمل الكثير من الأمل'],
      ['وعبر الرئيس عن ارتياحه لنتائج المفاوضات الأخيرة.', 'الرئيس', 'وعبر', 'ارتياحه لنتائج المفاوضات الأخيرة'],
      ['وتساءل الكاتب عن جدوى هذه الإجراءات في ظل الأزمة.', 'الكاتب', 'وتساءل', 'جدوى هذه الإجراءات في ظل الأزمة'],
      ['وأبدى الوزير استعداده للحوار مع المعارضة دون شروط.', 'الوزير', 'وأبدى', 'استعداده للحوار مع المعارضة دون شروط'],
      ['وهدد الجيش بالرد بقوة على أي هجوم جديد.', 'الجيش', 'وهدد', 'بالرد بقوة على أي هجوم جديد'],
      ['وتوعد زعيم الحركة بالانتقام من المهاجمين.', 'زعيم الحركة', 'وتوعد', 'بالانتقام من المهاجمين'],
      ['وطلب الرئيس من الحكومة الإسراع في تنفيذ الإصلاحات.', 'الرئيس', 'وطلب', 'الحكومة الإسراع في تنفيذ الإصلاحات'],
      ['وأمر القاضي بالإفراج عن المعتقلين فورا.', 'القاضي', 'وأمر', 'بالإفراج عن المعتقلين فورا'],
      ['وأيد البرلمان قرار الحكومة بزيادة الرواتب.', 'البرلمان', 'وأيد', 'قرار الحكومة بزيادة الرواتب'],
      ['وألح الوزير على ضرورة التعاون بين الدول العربية.', 'الوزير', 'وألح', 'ضرورة التعاون بين الدول العربية'],
      ['وألقى الوزير اللوم على المعارضة في تأخر الإصلاحات.', 'الوزير', 'وألقى', 'المعارضة في تأخر الإصلاحات'],
      ['ورجح المحللون أن ترتفع أسعار النفط الشهر المقبل.', 'المحللون', 'ورجح', 'ترتفع أسعار النفط الشهر المقبل'],
      ['وأبلغ الوزير البرلمان أن الميزانية ستقدم الأسبوع المقبل.', 'الوزير', 'وأبلغ', 'الميزانية ستقدم الأسبوع المقبل'],
      ['وتعهد الرئيس بمحاربة الفساد في كل مؤسسات الدولة.', 'الرئيس', 'وتعهد', 'بمحاربة الفساد في كل مؤسسات الدولة'],
      ['وجدد الوزير دعوته إلى وقف إطلاق النار فورا.', 'الوزير', 'وجدد', 'دعوته إلى وقف إطلاق النار فورا'],
      ['واقترح الوفد تشكيل لجنة مشتركة لمتابعة الاتفاق.', 'الوفد', 'واقترح', 'تشكيل لجنة مشتركة لمتابعة الاتفاق'],
      ['ووعد المحافظ بإصلاح الطرق قبل نهاية العام.', 'المحافظ', 'ووعد', 'بإصلاح الطرق قبل نهاية العام'],
      ['وأشاد الرئيس بجهود فرق الإنقاذ في المناطق المنكوبة.', 'الرئيس', 'وأشاد', 'بجهود فرق الإنقاذ في المناطق المنكوبة'],
      ['وانتقد النائب أداء الحكومة في إدارة الأزمة.', 'النائب', 'وانتقد', 'أداء الحكومة في إدارة الأزمة'],
      ['ومن وجهة نظر الخبراء فإن الأزمة ستطول.', 'الخبراء', 'ومن وجهة نظر', 'الأزمة ستطول'],
      ['وادعى المتهم أنه كان خارج البلاد وقت الحادث.', 'المتهم', 'وادعى', 'كان خارج البلاد وقت الحادث'],
      ['واستبعد المحلل أن تنجح المفاوضات في وقت قريب.', 'المحلل', 'واستبعد', 'تنجح المفاوضات في وقت قريب'],
      ['وروى شاهد عيان أن المسلحين أطلقوا النار بشكل عشوائي.', 'شاهد عيان', 'وروى', 'المسلحين أطلقوا النار بشكل عشوائي'],
      ['وقدر البنك الدولي أن الاقتصاد سينكمش بنسبة خمسة في المئة.', 'البنك الدولي', 'وقدر', 'الاقتصاد سينكمش بنسبة خمسة في المئة'],
      ['وجزم المسؤول بأن الانتخابات ستجري في موعدها.', 'المسؤول', 'وجزم', 'الانتخابات ستجري في موعدها'],
      ['وعلق المتحدث على القرار بالقول إن الحكومة لن تتراجع.', 'المتحدث', 'وعلق', 'الحكومة لن تتراجع'],
      ['وأدانت الخارجية الاعتداء على المدنيين في القرية.', 'الخارجية', 'وأدانت', 'الاعتداء على المدنيين في القرية'],
      ['ونددت المنظمة باعتقال الصحفيين خلال المظاهرات.', 'المنظمة', 'ونددت', 'باعتقال الصحفيين خلال المظاهرات'],
      ['واستنكر الحزب اعتقال قادته دون سند قانوني.', 'الحزب', 'واستنكر', 'اعتقال قادته دون سند قانوني'],
    ] as const
  ).map(([text, speaker, cue, content]): Case => ({ name: `lexicon: ${cue}`, text, claims: [{ speaker, cue, content }] })),
  {
    name: 'طلب من X، …: what is asked comes after whom it is asked of',
    text: 'وطلب الوزير من نظيره خلال لقائهما في العاصمة، وقف تصدير الأسلحة إلى المنطقة.',
    claims: [{ speaker: 'الوزير', cue: 'وطلب', content: 'وقف تصدير الأسلحة إلى المنطقة' }],
  },
  { name: 'تساءل عما: عن with ما glued to it', text: 'وتساءل النائب عما إذا كانت الحكومة قادرة على الوفاء بوعودها.', claims: [{ speaker: 'النائب', cue: 'وتساءل', content: 'إذا كانت الحكومة قادرة على الوفاء بوعودها' }] },
  { name: 'lexicon: أجاب with a colon after a topic', text: 'وعن سؤال حول موعد الانسحاب أجاب الوزير: لا يوجد قرار حتى الآن.', claims: [{ kind: 'direct', speaker: 'الوزير', cue: 'أجاب', content: 'لا يوجد قرار حتى الآن' }] },
  { name: 'lexicon: أجاب بأن', text: 'وأجاب المتحدث بأن الحكومة لم تتلق أي طلب رسمي.', claims: [{ speaker: 'المتحدث', cue: 'وأجاب', content: 'الحكومة لم تتلق أي طلب رسمي' }] },
  {
    name: "a participle with a noun object speaks for the sentence's speaker",
    text: 'وأكدت النائبة أن القانون سيمر، منتقدة موقف الحكومة من التعديلات.',
    claims: [
      { speaker: 'النائبة', cue: 'وأكدت', content: 'القانون سيمر' },
      { speakerIs: 'النائبة', cue: 'منتقدة', content: 'موقف الحكومة من التعديلات' },
    ],
  },
  {
    name: 'نافيا + a noun object after the claim',
    text: 'وأكد المسؤول أن الوضع مستقر، نافيا وجود أي تهديدات.',
    claims: [
      { speaker: 'المسؤول', cue: 'وأكد', content: 'الوضع مستقر' },
      { speakerIs: 'المسؤول', cue: 'نافيا', content: 'وجود أي تهديدات' },
    ],
  },
  {
    name: 'a feminine participle agreeing with the noun before it is no new report',
    text: 'وقال المفوض إن الدول الأوروبية مطالبة بالتحرك سريعا.',
    claims: [{ speaker: 'المفوض', cue: 'وقال', content: 'الدول الأوروبية مطالبة بالتحرك سريعا' }],
  },
  {
    name: 'a feminine participle with its أن still starts a report',
    text: 'وقالت المديرة إن المدرسة جاهزة مضيفة أن الدروس تبدأ غدا.',
    claims: [
      { speaker: 'المديرة', cue: 'وقالت', content: 'المدرسة جاهزة' },
      { speaker: 'المديرة', cue: 'مضيفة', content: 'الدروس تبدأ غدا' },
    ],
  },
  { name: 'whom a source told is not part of the speaker', text: 'وأبلغ مسؤول أمريكي الصحفيين بأن القوات ستنسحب خلال أسابيع.', claims: [{ speakerIs: 'مسؤول أمريكي', cue: 'وأبلغ', content: 'القوات ستنسحب خلال أسابيع' }] },
  {
    name: 'a title and a name the entity layer missed: بان is the name, not بأن',
    text: 'وأكد الأمين العام بان كي مون أن المنظمة لن تتخلى عن اللاجئين.',
    claims: [{ speaker: 'بان كي مون', cue: 'وأكد', content: 'المنظمة لن تتخلى عن اللاجئين' }],
  },
  { name: 'بان before a definite word is بأن', text: 'وقال المبعوث بان الحل السياسي هو الخيار الوحيد.', claims: [{ speakerIs: 'المبعوث', cue: 'وقال', content: 'الحل السياسي هو الخيار الوحيد' }] },
  {
    name: 'a participle after a report with no speaker is kept too',
    text: 'وأكد أن المفاوضات ستستمر، موضحا أن الوفد سيعود إلى جنيف.',
    claims: [
      { speaker: null, cue: 'وأكد', content: 'المفاوضات ستستمر' },
      { speaker: null, cue: 'موضحا', content: 'الوفد سيعود إلى جنيف' },
    ],
  },
  {
    name: 'a trailing «حسبما» + verb attributes the clause before it',
    text: 'وتقدمت القوات نحو وسط المدينة حسبما أفادت وكالة الأنباء الرسمية.',
    claims: [{ speaker: 'وكالة الأنباء الرسمية', cue: 'أفادت', content: 'وتقدمت القوات نحو وسط المدينة' }],
  },
  { name: '«حسبما» + verb opening the sentence attributes the clause after it', text: 'وحسبما ذكرت الصحيفة، فإن الحكومة ستستقيل خلال أيام.', claims: [{ speaker: 'الصحيفة', cue: 'ذكرت', content: 'الحكومة ستستقيل خلال أيام' }] },
  { name: 'a trailing «كما قال X» attributes the clause before it', text: 'وسيعود اللاجئون إلى منازلهم قبل الشتاء كما قال الوزير.', claims: [{ speaker: 'الوزير', cue: 'قال', content: 'وسيعود اللاجئون إلى منازلهم قبل الشتاء' }] },
  { name: '«كما أكد X أن» is «also»: the clause after it is reported', text: 'وتراجعت الأسعار في الأسواق كما أكد التجار أن الطلب انخفض كثيرا.', claims: [{ speaker: 'التجار', cue: 'أكد', content: 'الطلب انخفض كثيرا' }] },
  { name: 'a trailing «على حد تعبير X»', text: 'الوضع الإنساني في المخيمات كارثي على حد تعبير المتحدث باسم المنظمة.', claims: [{ speaker: 'المتحدث باسم المنظمة', cue: 'على حد تعبير', content: 'الوضع الإنساني في المخيمات كارثي' }] },
  { name: 'a directive: a second definite noun is whom it is asked of', text: 'وطالبت المنظمة الحكومة بالإفراج عن المعتقلين.', claims: [{ speakerIs: 'المنظمة', cue: 'وطالبت', content: 'الحكومة بالإفراج عن المعتقلين' }] },
  { name: 'دعا الرئيس الوزراء إلى: the president calls, the ministers are called', text: 'ودعا الرئيس الوزراء إلى الاجتماع بشكل عاجل.', claims: [{ speakerIs: 'الرئيس', cue: 'ودعا', content: 'الوزراء إلى الاجتماع بشكل عاجل' }] },
  {
    name: "an organisation's adjective is part of the speaker (الأمم المتحدة)",
    text: 'وناشدت الأمم المتحدة المجتمع الدولي بتقديم المساعدات للنازحين.',
    claims: [{ speakerIs: 'الأمم المتحدة', cue: 'وناشدت', content: 'المجتمع الدولي بتقديم المساعدات للنازحين' }],
  },
  { name: 'lexicon: حمّل X المسؤولية', text: 'وحملت الحكومة الجماعات المسلحة المسؤولية الكاملة عن الهجوم.', claims: [{ speakerIs: 'الحكومة', cue: 'وحملت', content: 'الجماعات المسلحة المسؤولية الكاملة عن الهجوم' }] },
  { name: 'حمل without مسؤولية is carrying, not a report', text: 'وحمل المتظاهرون لافتات تطالب برحيل الحكومة.', claims: [] },
  { name: 'not ruling out is a claim (لم يستبعد أن)', text: 'ولم يستبعد الوزير أن تلجأ الحكومة إلى الاقتراض من الخارج.', claims: [{ speaker: 'الوزير', cue: 'يستبعد', content: 'تلجأ الحكومة إلى الاقتراض من الخارج' }] },
  { name: 'another negated report is still none', text: 'ولم يؤكد الوزير أن الحكومة ستلجأ إلى الاقتراض.', claims: [] },
  { name: 'علق without a clause is suspending, not a report', text: 'وعلقت الحكومة الدراسة في المدارس بسبب العاصفة.', claims: [] },
  { name: 'a verb that needs أن: a first-person word further on is no speech', text: 'ورأى الزوار المعرض الذي أقامته جامعتنا في العاصمة.', claims: [] },
  { name: 'ألقى القبض على is an arrest, not a report', text: 'وألقت الشرطة القبض على ثلاثة مشتبه بهم في المدينة.', claims: [] },
];

describe('claims: unquoted speech, content boundaries, speakers, added cues', () => {
  for (const c of cases) it(c.name, () => check(claimsOf(c.text, c.names), c.claims, c.name));
});
