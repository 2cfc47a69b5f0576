// Claim detection on sentences written for these tests (not taken from the samples): each quoting
// style, verb-first and subject-first order, multi-line and unbalanced quotes, continued speakers,
// nominal and directive reports, source phrases, and look-alikes that are not reports.
import { type Case, check, claimsOf } from './claimsSupport';

const cases: Case[] = [
  // Quoting styles.
  {
    name: 'curly quotes after إن',
    text: 'قال وزير الخارجية الفرنسي إن “الحل السياسي هو الطريق الوحيد لإنهاء الأزمة”.',
    claims: [{ kind: 'direct', speaker: 'وزير الخارجية الفرنسي', cue: 'قال', content: 'الحل السياسي هو الطريق الوحيد لإنهاء الأزمة' }],
  },
  {
    name: 'guillemets after a colon',
    text: 'وأكدت المتحدثة باسم الحكومة: «لن نقبل بأي تدخل خارجي في شؤوننا الداخلية».',
    claims: [{ kind: 'direct', speaker: 'المتحدثة', cue: 'وأكدت', content: 'لن نقبل بأي تدخل خارجي في شؤوننا الداخلية' }],
  },
  {
    name: 'straight quotes right after the speaker',
    text: 'وقال مدير المستشفى "استقبلنا أكثر من مئتي جريح منذ صباح اليوم".',
    claims: [{ kind: 'direct', speaker: 'مدير المستشفى', cue: 'وقال', content: 'استقبلنا أكثر من مئتي جريح منذ صباح اليوم' }],
  },
  {
    name: 'nested quotes stay inside one claim',
    text: 'وقال النائب إن «الحكومة وصفت الاحتجاجات بأنها “مؤامرة خارجية” وهذا غير صحيح».',
    claims: [{ kind: 'direct', speaker: 'النائب', content: 'الحكومة وصفت الاحتجاجات بأنها “مؤامرة خارجية” وهذا غير صحيح' }],
  },
  {
    name: 'a quote over hard-wrapped lines',
    text: 'وقال رئيس اللجنة الانتخابية في مؤتمر صحفي إن "عمليات الفرز\nستنتهي مساء الغد وستعلن النتائج\nالأولية بعد ذلك مباشرة".\nوانتهى المؤتمر دون أسئلة.\nوغادر الصحفيون القاعة بسرعة\nبعد ذلك.',
    claims: [{ kind: 'direct', speaker: 'رئيس اللجنة الانتخابية', content: 'عمليات الفرز\nستنتهي مساء الغد وستعلن النتائج\nالأولية بعد ذلك مباشرة' }],
  },
  {
    name: 'an unbalanced quote is cut at its sentence end',
    text: 'وقال المتحدث العسكري «إن القوات تقدمت في ثلاثة محاور رئيسية. وأضاف أن الهجوم سيستمر حتى تحرير المدينة.',
    claims: [
      { kind: 'direct', speaker: 'المتحدث العسكري', content: 'إن القوات تقدمت في ثلاثة محاور رئيسية' },
      { kind: 'indirect', speaker: 'المتحدث العسكري', cue: 'وأضاف', content: 'الهجوم سيستمر حتى تحرير المدينة', carried: true },
    ],
  },
  { name: 'attribution after the quote', text: '“سنعيد بناء كل ما دمرته الحرب خلال عامين”، قال رئيس البلدية.', claims: [{ kind: 'direct', speaker: 'رئيس البلدية', cue: 'قال', content: 'سنعيد بناء كل ما دمرته الحرب خلال عامين' }] },
  { name: 'a quoted name alone is not a claim', text: 'وصل “بوتين” إلى طهران صباح اليوم في زيارة رسمية.', claims: [] },
  { name: 'a quoted forum title is not a claim', text: 'شارك الوفد في منتدى "الأمن والتنمية في الشرق الأوسط" الذي عقد في الدوحة.', claims: [] },

  // Verb-first and subject-first order, persons, tenses, numbers, clitics.
  {
    name: 'verb-first with a cue word inside the content',
    text: 'وقال دميتري بيسكوف إن الكرملين لا يرى أي مبرر لتصعيد التوتر في المنطقة.',
    claims: [{ kind: 'indirect', speaker: 'دميتري بيسكوف', cue: 'وقال', content: 'الكرملين لا يرى أي مبرر لتصعيد التوتر في المنطقة' }],
  },
  { name: 'subject-first', text: 'الخبير الاقتصادي سامر حداد يرى أن أسعار النفط ستواصل الارتفاع خلال الشتاء.', claims: [{ speaker: 'سامر حداد', cue: 'يرى', content: 'أسعار النفط ستواصل الارتفاع خلال الشتاء' }] },
  {
    name: 'feminine verb and participle',
    text: 'وأكدت الوزيرة أن الحكومة ستدعم المزارعين المتضررين، مشيرة إلى أن الموسم الزراعي كان صعبا.',
    claims: [
      { speaker: 'الوزيرة', cue: 'وأكدت', content: 'الحكومة ستدعم المزارعين المتضررين' },
      { speaker: 'الوزيرة', cue: 'مشيرة', content: 'الموسم الزراعي كان صعبا', carried: false },
    ],
  },
  {
    name: 'plural imperfect and plural participle',
    text: 'ويقول السكان إن المياه انقطعت عن الحي منذ أسبوع، مؤكدين أن أحدا من المسؤولين لم يتواصل معهم.',
    claims: [
      { speaker: 'السكان', cue: 'ويقول', content: 'المياه انقطعت عن الحي منذ أسبوع' },
      { speaker: 'السكان', cue: 'مؤكدين', content: 'أحدا من المسؤولين لم يتواصل معهم' },
    ],
  },
  { name: 'كان … قد with the subject between', text: 'وكانت وزارة الدفاع قد أعلنت أن التدريبات العسكرية ستبدأ مطلع الشهر المقبل.', claims: [{ speaker: 'وزارة الدفاع', cue: 'أعلنت', content: 'التدريبات العسكرية ستبدأ مطلع الشهر المقبل' }] },
  { name: 'relative clause after a person', text: 'والتقى الوفد بالسفير الياباني كينجي سوزوكي، الذي أكد أن بلاده ستقدم مساعدات عاجلة للمتضررين.', claims: [{ speaker: 'سوزوكي', cue: 'أكد', content: 'بلاده ستقدم مساعدات عاجلة للمتضررين' }] },
  { name: 'relayed through عن', text: 'ونقلت وكالة الأنباء الرسمية عن مصدر أمني أن الانفجار نجم عن خلل فني في المولد.', claims: [{ speaker: 'مصدر أمني', cue: 'ونقلت', content: 'الانفجار نجم عن خلل فني في المولد' }] },
  {
    name: 'a second clause joined by وأن',
    text: 'وأكد البيان أن المفاوضات ستستأنف الأسبوع المقبل وأن الوفدين اتفقا على جدول الأعمال.',
    claims: [
      { speaker: 'البيان', content: 'المفاوضات ستستأنف الأسبوع المقبل' },
      { speaker: 'البيان', content: 'الوفدين اتفقا على جدول الأعمال' },
    ],
  },
  {
    name: 'a quotation inside reported speech',
    text: 'وقال الرئيس إن الاقتصاد الوطني "يمر بمرحلة صعبة لكنه سيتعافى قريبا".',
    claims: [{ kind: 'indirect', speaker: 'الرئيس', content: 'الاقتصاد الوطني "يمر بمرحلة صعبة لكنه سيتعافى قريبا"' }],
  },

  // Continued speakers in later sentences.
  {
    name: 'وتابع in the next sentence carries the speaker',
    text: 'وقال رئيس الوزراء إن الانتخابات ستجري في موعدها المحدد. وتابع: "لن نسمح لأحد بتعطيل العملية الديمقراطية".',
    claims: [
      { speaker: 'رئيس الوزراء', content: 'الانتخابات ستجري في موعدها المحدد', carried: false },
      { kind: 'direct', speaker: 'رئيس الوزراء', cue: 'وتابع', content: 'لن نسمح لأحد بتعطيل العملية الديمقراطية', carried: true },
    ],
  },
  {
    name: 'وأضافت after an organisation',
    text: 'أعلنت الشركة أنها ستفتتح مصنعا جديدا في المدينة. وأضافت أن المصنع سيوفر ألف فرصة عمل.',
    claims: [
      { speaker: 'الشركة', content: 'ستفتتح مصنعا جديدا في المدينة' },
      { speaker: 'الشركة', cue: 'وأضافت', content: 'المصنع سيوفر ألف فرصة عمل', carried: true },
    ],
  },
  {
    name: "alternating speakers: the verb's gender picks the speaker it continues",
    text: 'وقال الوزير إن الخطة جاهزة للتنفيذ. وقالت النائبة إن الخطة غير واقعية. وأضاف أن التنفيذ سيبدأ غدا. وأضافت أن البرلمان سيرفضها.',
    claims: [
      { speaker: 'الوزير', content: 'الخطة جاهزة للتنفيذ' },
      { speaker: 'النائبة', content: 'الخطة غير واقعية' },
      { speaker: 'الوزير', cue: 'وأضاف', content: 'التنفيذ سيبدأ غدا', carried: true },
      { speaker: 'النائبة', cue: 'وأضافت', content: 'البرلمان سيرفضها', carried: true },
    ],
  },
  {
    name: 'a title-only speaker continued in a later sentence is the person introduced with that title',
    text: 'الباحث الاقتصادي كريم منصور يؤكد أن الأسعار سترتفع. ويرى الباحث الاقتصادي أن الأجور لن تلحق بها. وتحدث منصور عن البطالة أيضا. ويضيف: "الحل في الاستثمار المنتج".',
    claims: [
      { speaker: 'كريم منصور', content: 'الأسعار سترتفع' },
      { speaker: 'الباحث الاقتصادي', content: 'الأجور لن تلحق بها' },
      { kind: 'direct', speaker: 'منصور', cue: 'ويضيف', content: 'الحل في الاستثمار المنتج', carried: true },
    ],
  },
  {
    name: 'a carried title is not moved to a later adjective',
    text: 'وقال الرئيس الإيراني إن بلاده منفتحة على الحوار. وزار الوفد الإيراني موسكو. وأضاف أن الحوار يجب أن يكون بلا شروط.',
    claims: [
      { speaker: 'الرئيس الإيراني', content: 'بلاده منفتحة على الحوار' },
      { speaker: 'الرئيس الإيراني', cue: 'وأضاف', content: 'الحوار يجب أن يكون بلا شروط', carried: true },
    ],
  },
  {
    name: 'a carried speaker points at the nearest earlier mention of its entity',
    text: 'التقى الوزير سامي الخطيب بالصحفيين. وقال الخطيب إن الميزانية أصبحت جاهزة. وأضاف أن التصويت سيجري يوم الخميس.',
    names: [
      { text: 'سامي الخطيب', type: 'PER' },
      { text: 'الخطيب', type: 'PER' },
    ],
    claims: [
      { speaker: 'الخطيب', content: 'الميزانية أصبحت جاهزة', cluster: 1 },
      { speaker: 'الخطيب', cue: 'وأضاف', content: 'التصويت سيجري يوم الخميس', carried: true, cluster: 1 },
    ],
  },
  {
    name: 'entity mentions give the speaker and its cluster',
    text: 'وقال دميتري بيسكوف، المتحدث باسم الكرملين، إن الرئيس سيزور الصين الشهر المقبل.',
    names: [
      { text: 'دميتري بيسكوف', type: 'PER' },
      { text: 'الكرملين', type: 'ORG' },
    ],
    claims: [{ speaker: 'دميتري بيسكوف', content: 'الرئيس سيزور الصين الشهر المقبل', cluster: 0 }],
  },
  {
    name: 'a name spoken to is not the speaker',
    text: 'وقال الوزير مخاطبا نظيره التركي هاكان فيدان، إن البلدين يواجهان تحديات مشتركة.',
    names: [{ text: 'هاكان فيدان', type: 'PER' }],
    claims: [{ speaker: 'الوزير', content: 'البلدين يواجهان تحديات مشتركة' }],
  },

  // Direct speech without quote marks, characterisations, nominal and directive reports.
  { name: 'unquoted direct speech in the first person', text: 'وقال الوزير نحن لن نتراجع عن هذا القرار مهما كانت الضغوط.', claims: [{ kind: 'direct', speaker: 'الوزير', content: 'نحن لن نتراجع عن هذا القرار مهما كانت الضغوط' }] },
  { name: 'unquoted direct speech after a colon', text: 'وقال قائد الشرطة: الوضع تحت السيطرة ولا داعي للقلق.', claims: [{ kind: 'direct', speaker: 'قائد الشرطة', content: 'الوضع تحت السيطرة ولا داعي للقلق' }] },
  { name: 'characterisation وصف … بأنه', text: 'ووصف المتحدث الرسمي القرار بأنه خطوة غير مسؤولة تهدد الاستقرار.', claims: [{ speaker: 'المتحدث الرسمي', cue: 'ووصف', content: 'خطوة غير مسؤولة تهدد الاستقرار' }] },
  { name: 'nominal report أعرب عن', text: 'وأعرب الأمين العام عن قلقه البالغ من تدهور الأوضاع الإنسانية في الإقليم.', claims: [{ speaker: 'الأمين العام', cue: 'وأعرب', content: 'قلقه البالغ من تدهور الأوضاع الإنسانية في الإقليم' }] },
  { name: 'directive دعا … إلى', text: 'ودعا الاتحاد الأوروبي الطرفين إلى ضبط النفس والعودة إلى طاولة المفاوضات.', claims: [{ speaker: 'الاتحاد الأوروبي', cue: 'ودعا', content: 'الطرفين إلى ضبط النفس والعودة إلى طاولة المفاوضات' }] },
  { name: 'نفى with a noun object', text: 'ونفى المتحدث العسكري الأنباء عن سقوط قتلى مدنيين في القصف.', claims: [{ speaker: 'المتحدث العسكري', cue: 'ونفى', content: 'الأنباء عن سقوط قتلى مدنيين في القصف' }] },

  {
    name: 'a time phrase between commas is not the object',
    text: 'أعلنت وزارة الداخلية المصرية، اليوم الثلاثاء، القبض على خلية كانت تخطط لتنفيذ هجمات.',
    claims: [{ speaker: 'وزارة الداخلية', content: 'القبض على خلية كانت تخطط لتنفيذ هجمات' }],
  },
  { name: 'a place phrase before the object is not the object', text: 'ونفت الشركة في بيان أي علاقة لها بالحادث.', claims: [{ speaker: 'الشركة', content: 'أي علاقة لها بالحادث' }] },
  {
    name: 'an apposition (، وهو …) before the colon',
    text: 'ويقول أحمد، وهو صاحب متجر في السوق القديم: "الأسعار تضاعفت ولم يعد الناس قادرين على الشراء".',
    claims: [{ kind: 'direct', speaker: 'أحمد', content: 'الأسعار تضاعفت ولم يعد الناس قادرين على الشراء' }],
  },
  {
    name: 'the outlet spoken to (للجزيرة) is not the speaker',
    text: 'وقد أكدت مصادر دبلوماسية للجزيرة أن الاجتماع سيعقد في جنيف.',
    names: [{ text: 'الجزيرة', type: 'ORG' }],
    claims: [{ speaker: 'مصادر دبلوماسية', content: 'الاجتماع سيعقد في جنيف' }],
  },
  { name: 'a plural subject before a describing verb is no title', text: 'ورفع خلالها المحتجون شعارات تطالب برحيل الحكومة.', claims: [] },
  { name: 'a verb that needs a clause takes no noun object', text: 'وتابعت القوات تقدمها نحو المدينة رغم المقاومة الشديدة.', claims: [] },

  { name: 'a relay phrase between the speaker and the clause', text: 'وقال مسؤولون، وفقا لوكالة رويترز، إن المفاوضات ستستأنف غدا في جنيف.', claims: [{ speaker: 'مسؤولون', cue: 'وقال', content: 'المفاوضات ستستأنف غدا في جنيف' }] },
  { name: 'حسب ما + verb: the verb reports, فإن opens the clause', text: 'وحسب ما أفادت وكالة الأنباء الفرنسية، فإن المفاوضات ستستأنف غدا.', claims: [{ speaker: 'وكالة الأنباء الفرنسية', cue: 'أفادت', content: 'المفاوضات ستستأنف غدا' }] },
  {
    name: 'a person is preferred to the organisation named in the title',
    text: 'قال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن المنظمة تشعر بقلق عميق.',
    names: [
      { text: 'الأمم المتحدة', type: 'ORG' },
      { text: 'ستيفان دوجاريك', type: 'PER' },
    ],
    claims: [{ speaker: 'ستيفان دوجاريك', content: 'المنظمة تشعر بقلق عميق', cluster: 1 }],
  },
  {
    name: 'adjectives left out of a mention stay with the speaker',
    text: 'وحذرت منظمة الصحة العالمية من انتشار وباء الكوليرا في المخيمات.',
    names: [{ text: 'منظمة الصحة', type: 'ORG' }],
    claims: [{ speaker: 'منظمة الصحة', content: 'انتشار وباء الكوليرا في المخيمات' }],
  },
  {
    name: 'speech continued in guillemets in the next sentence',
    text: 'وقال الرئيس: «لن نتخلى عن أرضنا مهما كان الثمن». وأضاف: «سنقاوم حتى النهاية».',
    claims: [
      { kind: 'direct', speaker: 'الرئيس', content: 'لن نتخلى عن أرضنا مهما كان الثمن', carried: false },
      { kind: 'direct', speaker: 'الرئيس', cue: 'وأضاف', content: 'سنقاوم حتى النهاية', carried: true },
    ],
  },

  {
    name: 'a construct and coordinated subject before a place phrase and a noun object',
    text: 'وأكد رئيس الجمهورية والوزير الأول خلال هذا الاجتماع ضرورة الإسراع في الإصلاحات.',
    claims: [{ speaker: 'رئيس الجمهورية والوزير الأول', content: 'ضرورة الإسراع في الإصلاحات' }],
  },
  { name: 'object suffix on the verb (يعتبره) then speaker then what is said', text: 'وهو ما يعتبره المحللون تحولا كبيرا في السياسة الخارجية.', claims: [{ speaker: 'المحللون', cue: 'يعتبره', content: 'تحولا كبيرا في السياسة الخارجية' }] },
  { name: 'an impersonal تعتبر with no object suffix is no report', text: 'وبدأ الاجتماع بكلمة تعتبر الأهم منذ سنوات طويلة.', claims: [] },
  { name: 'a title with a non-nisba adjective', text: 'ونفى الأمين العام الاتهامات الموجهة إليه في الصحافة.', claims: [{ speaker: 'الأمين العام', content: 'الاتهامات الموجهة إليه في الصحافة' }] },

  {
    name: 'a one-word quoted characterisation, then a coordinated verb of the same subject',
    text: 'في المقابل، وصفت المعارضة القرار بأنه "كارثي"، وطالبت بإلغائه فورا.',
    claims: [
      { kind: 'direct', speaker: 'المعارضة', cue: 'وصفت', content: 'كارثي' },
      { speaker: 'المعارضة', cue: 'وطالبت', content: 'بإلغائه فورا', carried: false },
    ],
  },
  {
    name: 'a quotation then ، وأن … of the same report',
    text: 'وأكد المتحدث أن "المفاوضات مستمرة"، وأن الوفد "سيعود إلى الدوحة الأسبوع المقبل".',
    claims: [
      { kind: 'direct', speaker: 'المتحدث', content: 'المفاوضات مستمرة' },
      { kind: 'indirect', speaker: 'المتحدث', content: 'الوفد "سيعود إلى الدوحة الأسبوع المقبل"' },
    ],
  },
  { name: 'a quotation then هكذا قال', text: '"لا أحد يستطيع أن يفرض علينا شروطه"، هكذا قال الرئيس في كلمته أمام البرلمان.', claims: [{ kind: 'direct', speaker: 'الرئيس', cue: 'قال', content: 'لا أحد يستطيع أن يفرض علينا شروطه' }] },

  {
    name: 'the title of an organisation speaks, not the organisation',
    text: 'وقال مدرب الأهلي عقب المباراة: "اللاعبون قدموا أداء رائعا ويستحقون الفوز".',
    names: [{ text: 'الأهلي', type: 'ORG' }],
    claims: [{ kind: 'direct', speaker: 'مدرب الأهلي', content: 'اللاعبون قدموا أداء رائعا ويستحقون الفوز', cluster: undefined }],
  },
  {
    name: "a participle after a verb that is no cue reports for that verb's subject",
    text: 'وقال المدرب إن الفريق استحق الفوز. وكرّم رئيس النادي اللاعبين، مؤكدا أن الفريق قادر على المنافسة.',
    claims: [
      { speaker: 'المدرب', content: 'الفريق استحق الفوز' },
      { speaker: 'رئيس النادي', cue: 'مؤكدا', content: 'الفريق قادر على المنافسة', carried: false },
    ],
  },
  {
    name: 'an organisation name cut short by the entity layer keeps the report after عن',
    text: 'وأعلن الاتحاد الدولي لكرة القدم عن تعديلات جديدة في قوانين اللعبة.',
    names: [{ text: 'الاتحاد الدولي لكرة', type: 'ORG' }],
    claims: [{ speaker: 'الاتحاد الدولي', content: 'تعديلات جديدة في قوانين اللعبة' }],
  },

  // Source phrases.
  { name: 'source phrase opening the sentence', text: 'وبحسب مصادر محلية، فإن الاشتباكات استمرت حتى ساعات الفجر الأولى.', claims: [{ speaker: 'مصادر محلية', cue: 'وبحسب', content: 'الاشتباكات استمرت حتى ساعات الفجر الأولى' }] },
  { name: 'source phrase with للـ', text: 'ووفقا للبيانات الرسمية، ارتفع معدل التضخم إلى 12 بالمئة في أيلول.', claims: [{ speaker: 'بيانات الرسمية', cue: 'ووفقا', content: 'ارتفع معدل التضخم إلى 12 بالمئة في أيلول' }] },
  {
    name: 'a source phrase inside quote marks is the writer: the quotation ends before it',
    text: 'وقال المحلل في ختام حديثه: "الأزمة ستطول على الأرجح، وبحسب المحلل نفسه، فإن الحل يتطلب وقتا طويلا".',
    claims: [
      { kind: 'direct', speaker: 'المحلل', cue: 'وقال', content: 'الأزمة ستطول على الأرجح' },
      { kind: 'indirect', speaker: 'المحلل نفسه', cue: 'وبحسب', content: 'الحل يتطلب وقتا طويلا' },
    ],
  },
  { name: 'a quoted source after لـ', text: 'ارتفع عدد القتلى إلى عشرين شخصا، وفقا لـ"رويترز".', claims: [{ speaker: 'رويترز', cue: 'وفقا لـ', content: 'ارتفع عدد القتلى إلى عشرين شخصا' }] },
  { name: 'a quoted source opening the sentence', text: 'وبحسب “رويترز”، فإن عدد القتلى ارتفع إلى عشرين.', claims: [{ speaker: 'رويترز', cue: 'وبحسب', content: 'عدد القتلى ارتفع إلى عشرين' }] },
  { name: 'source phrase closing the sentence', text: 'ارتفع عدد ضحايا الفيضانات إلى خمسين شخصا، وفقا لوزارة الصحة.', claims: [{ speaker: 'وزارة الصحة', content: 'ارتفع عدد ضحايا الفيضانات إلى خمسين شخصا' }] },
  { name: 'a source phrase after a reported clause adds no claim', text: 'وأكد الرئيس أن التعاون بين البلدين يتعزز، وفقا لوسائل إعلام رسمية.', claims: [{ speaker: 'الرئيس', content: 'التعاون بين البلدين يتعزز' }] },

  // Look-alikes.
  { name: 'marked passive يُعتقد', text: 'ويُعتقد أن المهاجمين فروا إلى الجبال القريبة.', claims: [] },
  { name: 'marked passive نُقل', text: 'ونُقل المصابون إلى المستشفى القريب لتلقي العلاج.', claims: [] },
  { name: 'reports with no source (التقارير التي تفيد)', text: 'وتتزايد التقارير التي تفيد بأن الجفاف سيضرب المنطقة هذا الصيف.', claims: [] },
  { name: 'impersonal ويذكر أن', text: 'ويذكر أن الجسر افتتح عام 1990 بعد سنوات من العمل.', claims: [] },
  { name: 'a noun of a reporting verb is not a cue', text: 'وتجدر الإشارة إلى أن المدينة شهدت احتجاجات مماثلة العام الماضي.', claims: [] },
  { name: 'شدد without على is tightening, not a report', text: 'وشدد الجيش الإجراءات الأمنية حول المطار الدولي.', claims: [] },
  { name: 'a negated report (لم تعلن) was not made', text: 'ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.', claims: [] },
  { name: 'a noun object starting with a relative clause is not what was said', text: 'وكشفت الصور التي نشرها ناشطون حجم الدمار الكبير.', claims: [] },
  { name: 'an indefinite speaker with its adjective (شهود عيان، مصادر أمنية)', text: 'وأكدت مصادر أمنية وقوع انفجار قرب السفارة.', claims: [{ speaker: 'مصادر أمنية', content: 'وقوع انفجار قرب السفارة' }] },
  { name: 'a described noun is not a speaker', text: 'وظهرت صور تؤكد أن الحريق بدأ في الطابق الثالث.', claims: [] },
  {
    name: 'a reporting verb inside the content does not cut it',
    text: 'وقال الناطق باسم الجيش إن التقارير التي تؤكد انسحاب القوات من المدينة غير دقيقة.',
    claims: [{ speaker: 'الناطق', content: 'التقارير التي تؤكد انسحاب القوات من المدينة غير دقيقة' }],
  },
];

describe('claims: quoting styles, word orders, continued speakers, look-alikes', () => {
  for (const c of cases) it(c.name, () => check(claimsOf(c.text, c.names), c.claims, c.name));
});
