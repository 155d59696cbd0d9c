# Heard: Arabic (ar), العربية. Modern Standard Arabic, simple and warm. Arabic script, written right to left (RTL).
# DRAFT translation awaiting review by a native speaker. Not yet reviewed.
# Legal SEND terms (EHC plan, EHC needs assessment, annual review, SEN support, ...) must be checked against a
# reviewed glossary before live use.
# Plain words: short sentences, everyday Arabic, as a kind caseworker would speak. School and council terms
# families hear (SEND, SEN support, EHC plan, SENCO, SENDIASS, Local Offer) stay in English letters, explained in Arabic.
# The parent is addressed with the usual generic (masculine) imperative; numbers are written with 0-9 digits.

## Every page
service-name = Heard
skip-to-content = انتقل إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-family = عائلتك
nav-language = اللغة
nav-reading-options = خيارات القراءة
nav-sign-out = تسجيل الخروج
nav-account = حسابك
footer-help = مساعدة
footer-privacy = الخصوصية
footer-about = Heard موقع للعائلات في إنجلترا التي لديها أطفال أو شباب من ذوي الاحتياجات التعليمية الخاصة والإعاقة (SEND).
title-error-prefix = خطأ:
link-about = { $action }: { $about }

## Forms and errors
error-summary-title = هناك مشكلة
field-email = البريد الإلكتروني (email)
field-password = كلمة المرور (password)
error-email-missing = اكتب بريدك الإلكتروني.
error-email-invalid = اكتب بريدك الإلكتروني بالشكل الصحيح، مثل name@example.com.
error-password-missing = اكتب كلمة المرور.
error-password-too-short = { $min ->
    [zero] يجب أن تكون كلمة المرور { $min } حرف على الأقل.
    [one] يجب أن تكون كلمة المرور حرفًا واحدًا على الأقل.
    [two] يجب أن تكون كلمة المرور حرفين على الأقل.
    [few] يجب أن تكون كلمة المرور { $min } أحرف على الأقل.
    [many] يجب أن تكون كلمة المرور { $min } حرفًا على الأقل.
   *[other] يجب أن تكون كلمة المرور { $min } حرف على الأقل.
}
error-password-too-long = { $max ->
    [zero] يجب ألّا تزيد كلمة المرور على { $max } حرف.
    [one] يجب ألّا تزيد كلمة المرور على حرف واحد.
    [two] يجب ألّا تزيد كلمة المرور على حرفين.
    [few] يجب ألّا تزيد كلمة المرور على { $max } أحرف.
    [many] يجب ألّا تزيد كلمة المرور على { $max } حرفًا.
   *[other] يجب ألّا تزيد كلمة المرور على { $max } حرف.
}
error-wrong-email-or-password = البريد الإلكتروني أو كلمة المرور غير صحيحة. تأكّد منهما وحاول مرة أخرى.
error-too-many-tries = { $minutes ->
    [zero] حاولت تسجيل الدخول مرات كثيرة. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
    [one] حاولت تسجيل الدخول مرات كثيرة. انتظر دقيقة واحدة، ثم حاول مرة أخرى.
    [two] حاولت تسجيل الدخول مرات كثيرة. انتظر دقيقتين، ثم حاول مرة أخرى.
    [few] حاولت تسجيل الدخول مرات كثيرة. انتظر { $minutes } دقائق، ثم حاول مرة أخرى.
    [many] حاولت تسجيل الدخول مرات كثيرة. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
   *[other] حاولت تسجيل الدخول مرات كثيرة. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
}
error-too-many-new-accounts = { $minutes ->
    [zero] أُنشئ كثير من الحسابات الجديدة من اتصال الإنترنت هذا خلال الساعة الماضية. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
    [one] أُنشئ كثير من الحسابات الجديدة من اتصال الإنترنت هذا خلال الساعة الماضية. انتظر دقيقة واحدة، ثم حاول مرة أخرى.
    [two] أُنشئ كثير من الحسابات الجديدة من اتصال الإنترنت هذا خلال الساعة الماضية. انتظر دقيقتين، ثم حاول مرة أخرى.
    [few] أُنشئ كثير من الحسابات الجديدة من اتصال الإنترنت هذا خلال الساعة الماضية. انتظر { $minutes } دقائق، ثم حاول مرة أخرى.
    [many] أُنشئ كثير من الحسابات الجديدة من اتصال الإنترنت هذا خلال الساعة الماضية. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
   *[other] أُنشئ كثير من الحسابات الجديدة من اتصال الإنترنت هذا خلال الساعة الماضية. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
}
error-unavailable = حدث خطأ من جهتنا. ما كتبته ما زال هنا. من فضلك حاول مرة أخرى بعد بضع دقائق.
error-cross-site = هذا النموذج جاء من موقع آخر، لذلك لم يقبله Heard. ارجع إلى Heard وحاول مرة أخرى.
error-too-long-title = ما كتبته أطول من أن يُحفظ
error-too-long-body = لم نحفظ أي شيء. الكتابة كثيرة جدًا لحفظها مرة واحدة.
error-too-long-back = استخدم زر الرجوع (Back) في متصفحك لتعود. ستجد ما كتبته كما هو. اجعل بعضه أقصر، ثم احفظ مرة أخرى.

## Home
home-title = Heard: آراء طفلك وأهدافه والدعم الذي يحصل عليه
home-lead = يساعدك Heard على كتابة ما يهمّ طفلك، ومتابعة المساعدة التي يحصل عليها.
home-what-title = ماذا يمكنك أن تفعل
home-what-views = اكتب آراء طفلك وما يتمنّاه، بكلماته هو إن أحبّ.
home-what-goals = ضع أهدافًا وتابع كيف يسير كل هدف، في مواعيد المراجعة الثلاثة خلال السنة الدراسية.
home-what-services = ابحث عن مساعدة قريبة منك في Local Offer الخاص بمجلسك المحلي (council). هو قائمة المجلس بالدعم المتاح للأطفال والشباب من ذوي SEND.
home-send-explained = SEND تعني الاحتياجات التعليمية الخاصة والإعاقة.
home-yours = ما تكتبه ملك لعائلتك. أنت تختار من يراه.
home-create-account = أنشئ حسابًا
home-sign-in = تسجيل الدخول
home-go-to-family = اذهب إلى صفحة عائلتك

## Create an account
create-account-title = إنشاء حساب
create-account-intro = تحتاج إلى حساب لتحفظ ملف طفلك بأمان. الحساب مجاني.
create-account-email-hint = نستخدمه فقط لتسجيل دخولك.
create-account-password-hint = { $min ->
    [zero] استخدم { $min } حرف على الأقل. بضع كلمات معًا سهلة التذكّر وصعبة التخمين.
    [one] استخدم حرفًا واحدًا على الأقل. بضع كلمات معًا سهلة التذكّر وصعبة التخمين.
    [two] استخدم حرفين على الأقل. بضع كلمات معًا سهلة التذكّر وصعبة التخمين.
    [few] استخدم { $min } أحرف على الأقل. بضع كلمات معًا سهلة التذكّر وصعبة التخمين.
    [many] استخدم { $min } حرفًا على الأقل. بضع كلمات معًا سهلة التذكّر وصعبة التخمين.
   *[other] استخدم { $min } حرف على الأقل. بضع كلمات معًا سهلة التذكّر وصعبة التخمين.
}
create-account-button = أنشئ الحساب
create-account-have-one = عندك حساب من قبل؟
create-account-sign-in-link = سجّل الدخول

## Sign in
sign-in-title = تسجيل الدخول
sign-in-button = سجّل الدخول
sign-in-no-account = ليس عندك حساب بعد؟
sign-in-create-link = أنشئ حسابًا

## Passkeys: signing in with a phone's or computer's lock (sign-in page and /account/passkeys)
passkey-sign-in-title = أو استخدم مفتاح مرور
passkey-sign-in-what = يتيح لك مفتاح المرور تسجيل الدخول بقفل هاتفك أو حاسوبك. لا تحتاج إلى كلمة المرور.
passkey-sign-in-button = سجّل الدخول بمفتاح مرور
passkeys-title = مفاتيح المرور
passkeys-lead = يتيح لك مفتاح المرور تسجيل الدخول دون كلمة المرور. يستخدم الطريقة التي تفتح بها هاتفك أو حاسوبك: وجهك أو بصمة إصبعك أو رمز PIN. كلمة المرور تبقى تعمل أيضًا.
passkeys-none = ليس لديك مفاتيح مرور بعد.
passkeys-yours = مفاتيح المرور الخاصة بك
passkeys-added = أُضيف في { $date }.
passkeys-last-used = آخر استخدام في { $date }.
passkeys-not-used = لم يُستخدم بعد.
passkeys-remove-link = إزالة { $name }
passkeys-remove-title = هل تريد إزالة مفتاح المرور ”{ $name }“؟
passkeys-remove-what = لن تستطيع تسجيل الدخول به بعد الآن. يمكنك أن تسجّل الدخول بكلمة المرور كما من قبل.
passkeys-remove-button = نعم، أزِله
passkeys-keep = لا، أبقِه
passkeys-need-browser = لإضافة مفتاح مرور، استخدم متصفحًا يستطيع إنشاء مفاتيح المرور، مع تشغيل JavaScript.
passkeys-add-title = أضف مفتاح مرور
passkeys-add-what = سيطلب منك هاتفك أو حاسوبك أن تفتح قفله. بعد ذلك يمكنك استخدامه لتسجيل الدخول هنا.
passkeys-name-label = اسم لمفتاح المرور هذا
passkeys-name-hint = لكي تعرف أيّ مفتاح هو. مثلًا: هاتفي
passkeys-add-button = أضف مفتاح مرور
passkey-error-signed-out = لقد خرجت من حسابك. سجّل الدخول مرة أخرى، ثم أضف مفتاح المرور.
passkey-error-name-missing = أعطِ مفتاح المرور اسمًا، لكي تعرف أيّ مفتاح هو.
passkey-error-name-too-long = الاسم طويل جدًا. استخدم { $max } حرفًا أو أقل.
passkey-error-not-started = استغرق ذلك وقتًا طويلًا، أو كانت الصفحة قديمة. حاول مرة أخرى من فضلك.
passkey-error-not-recognised = لا نعرف مفتاح المرور هذا. حاول مرة أخرى، أو سجّل الدخول ببريدك الإلكتروني وكلمة المرور.
passkey-error-already-added = هذا الهاتف أو الحاسوب فيه مفتاح مرور لحسابك من قبل.
passkey-error-cancelled = لم يُستخدم مفتاح المرور. يمكنك أن تحاول مرة أخرى، أو أن تستخدم كلمة المرور.

## Your family
family-title = عائلتك
family-signed-in-as = سجّلت الدخول بالبريد الإلكتروني { $email }.
family-children-title = أطفالك
family-no-children = لم تُضف أي طفل بعد. أضف كل طفل هنا، ثم اكتب ما يهمّه.
family-signed-out = من فضلك سجّل الدخول لترى صفحة عائلتك.

## Reading options
reading-title = خيارات القراءة
reading-intro = غيّر شكل الصفحات لتصبح قراءتها أسهل عليك. يمكنك تغييرها مرة أخرى في أي وقت.
reading-text-size = حجم الخط
reading-text-size-standard = عادي
reading-text-size-large = كبير
reading-text-size-largest = كبير جدًا
reading-spacing = المسافة بين السطور والحروف
reading-spacing-hint = المسافة الأكبر قد تجعل النص أسهل في المتابعة.
reading-spacing-standard = عادية
reading-spacing-wide = أوسع
reading-font = نوع الخط
reading-font-standard = عادي
reading-font-dyslexia = خط يجده بعض من لديهم عُسر القراءة (dyslexia) أسهل (OpenDyslexic)
reading-theme = الألوان
reading-theme-auto = مثل جهازي
reading-theme-light = فاتحة
reading-theme-dark = داكنة
reading-theme-contrast = تباين عالٍ
reading-motion = الحركة في الصفحة
reading-motion-auto = مثل جهازي
reading-motion-reduce = حركة أقل
reading-kept = نحفظ اختيارك على هذا الجهاز. وعندما تكون مسجّل الدخول، نحفظه أيضًا مع حسابك.
reading-save = احفظ خيارات القراءة
reading-saved = تم حفظ خيارات القراءة.
reading-back = ارجع إلى حيث كنت

## Language
language-title = اللغة
language-legend = أيّ لغة تريد أن تستخدم؟
language-hint = كل لغة مكتوبة بكلماتها هي.
language-button = استخدم هذه اللغة

## Privacy
privacy-title = الخصوصية
privacy-lead = معلومات عائلتك خاصة. هذه الصفحة تقول ما نحفظه ولماذا.
privacy-what-title = ما نحفظه
privacy-what = بريدك الإلكتروني، ونسخة مشفّرة من كلمة المرور لا يستطيع أحد أن يقرأها. وكذلك ما تكتبه عن طفلك.
privacy-who-title = من يستطيع أن يراها
privacy-who = عائلتك فقط. لا ترى المدرسة أو المجلس المحلي أو المناصر (advocate) أي شيء إلا إذا اخترت أنت أن تشاركه معهم.
privacy-cookies-title = ملفات تعريف الارتباط (cookies)
privacy-cookie-session = ملف واحد يُبقيك مسجّل الدخول. يختفي عندما تسجّل الخروج.
privacy-cookie-language = ملف واحد يتذكّر لغتك.
privacy-cookie-reading = ملف واحد يتذكّر خيارات القراءة.
privacy-cookie-device = ملف واحد يتذكّر أنك سجّلت الدخول من هذا الجهاز من قبل. إذا حاول شخص آخر تخمين كلمة المرور، تستطيع مع ذلك تسجيل الدخول من هنا.
privacy-no-tracking = لا نستخدم ملفات تعريف الارتباط لتتبّعك، ولا نحمّل أي شيء من مواقع أخرى.
privacy-on-this-phone = يحتفظ Heard بملفاته الخاصة على هذا الهاتف (الصور والأنماط والشيفرة) لتفتح الصفحات أسرع، وبصفحة تظهر عندما لا يوجد اتصال. لا يُحفظ سجل طفلك هناك إلا إذا اخترت "احفظه على هذا الهاتف" في سجله، ويُحذف عندما تسجّل الخروج. ويُحفظ أيضًا ما تكتبه، حتى يُحفظ.
privacy-rights-title = حقوقك
privacy-rights = يمكنك أن تطلب رؤية كل ما نحفظه عنك، أو تغييره، أو حذفه.

## Offline (the page the service worker shows without a connection)
offline-title = أنت غير متصل
offline-lead = هذه الصفحة تحتاج إلى الإنترنت. هاتفك غير متصل الآن.
offline-kept = ما كنت تكتبه في Heard محفوظ على هذا الهاتف. سيكون هناك عندما تفتح الصفحة مرة أخرى.
offline-try-again = حاول مرة أخرى

## Help
help-title = مساعدة
help-using-title = استخدام Heard
help-reading-options = كبّر النص، أو غيّر الألوان أو نوع الخط
help-language = غيّر اللغة
help-advice-title = نصيحة مجانية
help-sendiass = لكل مجلس محلي خدمة اسمها SENDIASS. تقدّم نصيحة مجانية عن SEND، ولا تنحاز لأي طرف. ابحث عن "SENDIASS" مع اسم مجلسك المحلي.
help-words-title = كلمات قد تسمعها
glossary-send = SEND
glossary-send-meaning = الاحتياجات التعليمية الخاصة والإعاقة.
glossary-sen-support = SEN support
glossary-sen-support-meaning = مساعدة إضافية في المدرسة من غير خطة EHC.
glossary-ehc-plan = خطة EHC (EHC plan)
glossary-ehc-plan-meaning = خطة التعليم والصحة والرعاية. خطة قانونية تحدّد الدعم الذي يجب أن يحصل عليه الطفل أو الشاب.
glossary-local-offer = Local Offer
glossary-local-offer-meaning = قائمة المجلس المحلي بالدعم المتاح في منطقتك للأطفال والشباب من ذوي SEND، من الولادة حتى عمر 25.
glossary-sendiass = SENDIASS
glossary-sendiass-meaning = خدمة مجانية تقدّم نصيحة عن SEND، ولا تنحاز لأي طرف.

## Page not found
not-found-title = لم نجد الصفحة
not-found-body = لم نستطع أن نجد هذه الصفحة. إذا كتبت العنوان بنفسك، فتأكّد أنه صحيح.
not-found-home = اذهب إلى الصفحة الرئيسية

## Dates typed in three boxes
date-day = اليوم
date-month = الشهر
date-year = السنة

## What happens next
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $day } { $month } { $year }
timeline-title = ماذا يحدث بعد ذلك
timeline-intro = القانون يحدّد موعدًا لكل خطوة. يجب أن تحدث كل خطوة في موعدها أو قبله.
timeline-next-summary = الخطوة التالية: { $step }. يجب أن تحدث في موعد أقصاه { $date }.
timeline-next-when = { $days ->
    [0] هذا اليوم.
    [1] هذا غدًا.
    [two] هذا بعد يومين.
    [few] هذا بعد { $days } أيام.
    [many] هذا بعد { $days } يومًا.
   *[other] هذا بعد { $days } يوم.
}
timeline-by = في موعد أقصاه { $date }
timeline-state-done = تمّت
timeline-state-overdue = متأخرة
timeline-state-next = التالية
timeline-state-later = لاحقًا
timeline-step-decide-assess = المجلس المحلي يقرّر هل سيُجري تقييم احتياجات EHC
timeline-step-decide-assess-detail = تقييم احتياجات EHC (EHC needs assessment) هو أن يفحص المجلس المحلي هل يحتاج طفلك إلى خطة EHC. يجب أن يخبرك المجلس هل سيُجريه، خلال 6 أسابيع من طلبك.
timeline-step-decide-plan = المجلس المحلي يقرّر هل سيضع خطة EHC
timeline-step-decide-plan-detail = خطة EHC (EHC plan) خطة قانونية تحدّد المساعدة التي يجب أن يحصل عليها طفلك. يجب أن يخبرك المجلس هل سيضعها، خلال 16 أسبوعًا من طلبك للتقييم.
timeline-step-comment-draft = تقول رأيك في مسودة الخطة
timeline-step-comment-draft-detail = لديك 15 يومًا من وصول مسودة الخطة إليك لتخبر المجلس برأيك فيها. وفي هذا الوقت أيضًا تقول أيّ مدرسة أو كلية تريد.
timeline-step-final-plan = المجلس يرسل إليك خطة EHC النهائية
timeline-step-final-plan-detail = يجب أن تصلك الخطة النهائية خلال 20 أسبوعًا من طلبك للتقييم.
timeline-step-review-papers = إرسال أوراق المراجعة السنوية
timeline-step-review-papers-detail = المراجعة السنوية (annual review) اجتماع لفحص خطة EHC، مرة في السنة على الأقل. يجب أن تصلك التقارير قبل الاجتماع بأسبوعين على الأقل، ليكون لديك وقت لقراءتها.
timeline-step-review-meeting = اجتماع المراجعة السنوية
timeline-step-review-meeting-detail = يجب فحص خطة EHC في اجتماع مرة كل 12 شهرًا على الأقل. وللطفل الذي عمره أقل من 5 سنوات، مرة كل 6 أشهر على الأقل.
timeline-step-review-report = إرسال تقرير الاجتماع
timeline-step-review-report-detail = كل من حضر الاجتماع، وأنت منهم، يجب أن يصله تقرير مكتوب عنه خلال أسبوعين.
timeline-step-review-decision = المجلس يقرّر ماذا سيحدث للخطة
timeline-step-review-decision-detail = خلال 4 أسابيع من الاجتماع، يجب أن يخبرك المجلس هل سيُبقي الخطة كما هي، أو يغيّرها، أو يُنهيها.
timeline-step-phase-transfer = تغيير الخطة لتناسب مدرسة طفلك أو كليته القادمة
timeline-step-phase-transfer-detail = في سبتمبر القادم يبدأ طفلك مرحلة تعليمية جديدة، مثل المدرسة الثانوية أو الكلية. قبل هذا الموعد يجب أن يغيّر المجلس خطة EHC ليكتب فيها إلى أين سيذهب.
timeline-late-title = المجلس المحلي متأخّر
timeline-late-body = خطوة واحدة على الأقل في القائمة أدناه كان يجب أن تحدث قبل الآن. يمكنك أن تحصل على نصيحة مجانية من SENDIASS في منطقتك. SENDIASS تقدّم نصيحة عن SEND ولا تنحاز لأي طرف.
timeline-late-link = كيف تجد SENDIASS في منطقتك
timeline-step-late = كان يجب أن يحدث هذا قبل الآن. المجلس متأخّر.
timeline-step-late-link = احصل على نصيحة مجانية من SENDIASS
timeline-step-comment-passed = مرّت الأيام الـ15. إذا كنت ما زلت تريد أن تقول شيئًا عن الخطة، فأخبر المجلس الآن. يمكن أن تساعدك SENDIASS في منطقتك.
timeline-sen-support = مع SEN support (مساعدة إضافية في المدرسة)، يجب أن تجتمع المدرسة معك مرة في كل فصل دراسي، أي ثلاث مرات في السنة. تتابعون معًا كيف تسير المساعدة وتخطّطون للخطوة التالية.
timeline-none-yet = إذا كنت تظن أن طفلك يحتاج إلى مساعدة إضافية، فتحدّث مع معلّمه أو مع SENCO. SENCO هو المعلّم المسؤول عن SEND في المدرسة. المساعدة الإضافية في المدرسة اسمها SEN support.
timeline-ask-assessment-title = إذا كان طفلك يحتاج إلى مساعدة أكثر
timeline-ask-assessment = إذا لم تكن المساعدة في المدرسة كافية، يمكنك أن تطلب من المجلس المحلي تقييم احتياجات EHC (EHC needs assessment). هذا يعني أن يفحص المجلس هل يحتاج طفلك إلى خطة EHC. يمكنك أن تطلبه بنفسك، برسالة أو بريد إلكتروني إلى المجلس. يجب أن يخبرك المجلس خلال 6 أسابيع هل سيُجريه.
timeline-ask-assessment-then = بعد أن تطلبه، غيّر نوع الدعم في تفاصيل طفلك وأضف تاريخ طلبك. عندها سيُظهر لك Heard ما يجب أن يحدث، ومتى.
timeline-missing-request = أضف تاريخ طلبك لتقييم احتياجات EHC، وسيُظهر لك Heard ما يجب أن يحدث، ومتى.
timeline-missing-plan = أضف تاريخ إصدار خطة EHC، أو تاريخ آخر مراجعة سنوية، وسيُظهر لك Heard موعد المراجعة القادمة.
timeline-missing-last-review = إذا كان اجتماع المراجعة السنوية قد حدث، فأضف تاريخه على أنه آخر مراجعة سنوية. عندها سيُظهر لك Heard موعد المراجعة القادمة.
timeline-add-dates = أضف التواريخ

## Progress chart
# The steps of the rating scale, shown after their symbol: "◑ getting there".
rating-not-started = لم يبدأ بعد
rating-just-starting = بدأ للتو
rating-getting-there = يتقدّم
rating-nearly-there = اقترب كثيرًا
rating-achieved = تحقّق
# Which way a goal went, from its first rating to its last.
movement-moved-on = تقدّم
movement-stayed = بقي كما هو
movement-went-back = تراجع
movement-not-enough = لا توجد تقييمات كافية للمقارنة
progress-summary-family = تقييم العائلة كان «{ $first }» في { $first_point }، و«{ $last }» في { $last_point }. كيف سار الهدف: { $movement }.
progress-summary-school = تقييم المدرسة كان «{ $first }» في { $first_point }، و«{ $last }» في { $last_point }. كيف سار الهدف: { $movement }.
progress-summary-family-one = تقييم العائلة كان «{ $rating }» في { $point }. هذا هو التقييم الوحيد حتى الآن.
progress-summary-school-one = تقييم المدرسة كان «{ $rating }» في { $point }. هذا هو التقييم الوحيد حتى الآن.
progress-summary-family-none = لم تعطِ العائلة تقييمًا بعد.
progress-summary-school-none = لم تعطِ المدرسة تقييمًا بعد.
progress-not-enough = لا توجد تقييمات كافية لرسم مخطّط بعد. الجدول يُظهر التقييمات حتى الآن.
progress-legend-family = تقييم العائلة: خط متصل مع نقاط
progress-legend-school = تقييم المدرسة: خط متقطّع مع مربّعات
progress-column-point = موعد المراجعة
progress-column-family = تقييم العائلة
progress-column-school = تقييم المدرسة
progress-not-rated = لم يُقيَّم

## Problems with what was typed in the record
error-name-missing = اكتب الاسم الذي يحبّ أن يُنادى به.
error-text-missing = اكتب شيئًا هنا، أو ارجع من غير حفظ.
error-too-long = { $max ->
    [zero] هذا النص طويل جدًا. استخدم { $max } حرف أو أقل.
    [one] هذا النص طويل جدًا. استخدم حرفًا واحدًا أو أقل.
    [two] هذا النص طويل جدًا. استخدم حرفين أو أقل.
    [few] هذا النص طويل جدًا. استخدم { $max } أحرف أو أقل.
    [many] هذا النص طويل جدًا. استخدم { $max } حرفًا أو أقل.
   *[other] هذا النص طويل جدًا. استخدم { $max } حرف أو أقل.
}
error-date-missing = اكتب تاريخًا.
error-date-incomplete = التاريخ يحتاج إلى يوم وشهر وسنة.
error-date-not-real = هذا ليس تاريخًا حقيقيًا. استخدم الأرقام، مثل 27 3 2014.
error-birth-date-in-future = يجب أن يكون تاريخ الميلاد في الماضي.
error-older-than-25 = Heard للأطفال والشباب حتى عمر 25 سنة.
error-date-in-future = يجب أن يكون هذا التاريخ اليوم أو في الماضي.
error-choose-one = اختر واحدًا من الخيارات.
error-changed-meanwhile = شخص آخر حفظ تغييرًا بينما كنت تكتب. لم يضِع شيء. راجع النسختين في الأسفل، ثم احفظ مرة أخرى.
error-hidden-character = يوجد حرف مخفي بعد «{ $after }» مباشرة. لا يستطيع Heard حفظه. يأتي غالبًا من النسخ واللصق. احذفه، أو اكتب هذا الجزء مرة أخرى.
error-hidden-character-at-start = يوجد حرف مخفي في البداية تمامًا. لا يستطيع Heard حفظه. يأتي غالبًا من النسخ واللصق. احذفه، أو اكتب هذا الجزء مرة أخرى.

## A record that cannot be shown
record-not-found-title = لم نستطع أن نجد هذا
record-not-found-body = ربما حُذف، أو ربما الرابط خطأ. أو ربما توقفت العائلة عن مشاركته معك.
record-unavailable-title = عذرًا، حدث خطأ
record-unavailable-body = لم نستطع فتح هذا الآن. لم يضِع شيء مما حفظته. من فضلك حاول مرة أخرى بعد بضع دقائق.
record-back-to-start = اذهب إلى صفحة البداية الخاصة بك

## Adding a child and changing their details
child-add-title = إضافة طفل
child-edit-title = تغيير تفاصيل { $name }
child-form-intro = أخبرنا عن طفلك، صغيرًا كان أو شابًا. فقط أفراد عائلتك يستطيعون رؤية هذا.
child-back-to-record = الرجوع إلى الملف
child-called-name = الاسم الذي يحبّ أن يُنادى به
child-called-name-hint = يمكن أن يكون اسم دلع. لا تحتاج إلى اسمه الكامل.
child-date-of-birth = تاريخ الميلاد
child-date-of-birth-hint = مثلًا: 27 3 2014
child-setting = المدرسة أو الكلية أو الحضانة
child-setting-hint = اترك هذا فارغًا إذا لم يكن في أيّ منها.
child-year-group = الصف الدراسي (Year group)
child-year-group-hint = نحسبه من تاريخ الميلاد. غيّره إذا كان في صف مختلف.
child-year-group-auto = احسبه من تاريخ الميلاد
child-year-group-auto-known = احسبه من تاريخ الميلاد ({ $year })
child-support-status = ما الدعم الذي يحصل عليه الآن؟
child-support-status-hint = يمكنك تغيير هذا في أي وقت.
child-key-dates = تواريخ مهمة، إذا كنت تعرفها
child-key-dates-hint = هذه التواريخ تساعدنا أن نخبرك بما يجب أن يحدث بعد ذلك، ومتى. اترك فارغًا أيّ تاريخ لا تعرفه.
child-assessment-requested-on = متى طلبت تقييم احتياجات EHC
child-assessment-requested-on-hint = تقييم احتياجات EHC (EHC needs assessment) هو أن يفحص المجلس المحلي هل يحتاج طفلك إلى خطة EHC.
child-draft-plan-received-on = متى وصلتك مسودة خطة EHC
child-draft-plan-received-on-hint = المسودة هي النسخة الأولى من الخطة، قبل أن تصبح نهائية.
child-plan-issued-on = متى صدرت خطة EHC النهائية
child-plan-issued-on-hint = هذا هو التاريخ المكتوب على الخطة النهائية.
child-last-annual-review-on = آخر اجتماع للمراجعة السنوية
child-last-annual-review-on-hint = المراجعة السنوية (annual review) هي الاجتماع السنوي لفحص خطة EHC.
child-next-annual-review-on = اجتماع المراجعة السنوية القادم
child-next-annual-review-on-hint = فقط إذا تحدّد له موعد.
child-areas-of-need = مجالات الاحتياج
child-areas-of-need-hint = اختر كل ما ينطبق. هذه هي المجالات الأربعة التي تستخدمها المدارس والمجالس المحلية.
child-save = احفظ
child-conflict-title = شخص آخر غيّر هذه التفاصيل
child-conflict-body = بينما كنت تكتب، حفظ أحد أفراد عائلتك تغييرًا. النموذج يُظهر ما كتبته أنت. راجعه، ثم احفظ مرة أخرى لتُبقي نسختك.

support-status-none = لا توجد مساعدة إضافية بعد
support-status-sen-support = SEN support (مساعدة إضافية في المدرسة، من غير خطة EHC)
support-status-assessment-requested = طلبنا تقييم احتياجات EHC
support-status-ehc-plan = خطة EHC (خطة قانونية للدعم في التعليم والصحة والرعاية)

area-communication = التواصل والتفاعل
area-learning = الإدراك والتعلّم (التفكير والتعلّم)
area-semh = الصحة الاجتماعية والعاطفية والنفسية
area-sensory-physical = الاحتياجات الحسّية والجسدية

year-group-early-years = لم يبدأ المدرسة بعد (في الحضانة أو في البيت)
year-group-reception = Reception (السنة التمهيدية)
year-group-year = Year { $number } (الصف { $number })
year-group-post-school = بعد Year 13 (كلية أو تدريب أو عمل)

## A child's record at a glance
child-not-given = غير مذكور
child-change-details = غيّر التفاصيل
child-parts-title = الملف
keep-on-phone-title = اقرأه دون إنترنت
keep-on-phone-about = يمكنك حفظ سجل { $name } على هذا الهاتف، لتقرأه عندما لا يوجد إنترنت. افعل هذا على هاتفك أنت فقط. يُحذف عندما تسجّل الخروج.
keep-on-phone-keep = احفظه على هذا الهاتف
keep-on-phone-stop = توقّف عن حفظه على هذا الهاتف
keep-on-phone-kept = سجل { $name } محفوظ على هذا الهاتف. يتحدّث كلما فتحته مع وجود إنترنت.
keep-on-phone-forgotten = لم يعد سجل { $name } محفوظًا على هذا الهاتف.
keep-on-phone-failed = لم ينجح ذلك. تأكّد من وجود إنترنت وحاول مرة أخرى.
child-part-about-me = من هو، وما يهمّه، وكيف نساعده، بكلماته وبكلماتك.
child-part-goals = ما تريدون جميعًا أن يتغيّر، وما سيساعد على ذلك.
child-part-reviews = كيف يسير كل هدف، ثلاث مرات في السنة الدراسية.
child-part-progress = تقييمات كل هدف مع الوقت، في مخطّط وجدول.
child-part-prepare = استعدّ لاجتماع المراجعة القادم، واطبع ملفًا تأخذه معك.
child-part-next-steps = ما يجب أن يحدث بعد ذلك، ومتى.
child-nav-label = ملف { $name }
child-nav-overview = نظرة عامة
child-nav-about-me = كل شيء عنّي
child-nav-goals = الأهداف
child-nav-reviews = مواعيد المراجعة
child-nav-progress = التقدّم
child-nav-prepare = الاستعداد للمراجعة
child-nav-next-steps = ماذا يحدث بعد ذلك
family-add-child = أضف طفلًا

## What happens next, the page
next-steps-title = ماذا يحدث بعد ذلك لـ{ $name }

## Getting ready for a review, and the review pack
prepare-title = الاستعداد للمراجعة
prepare-coming = موعد المراجعة القادم هو { $point }، في { $date }.
prepare-change-date = غيّر التاريخ
prepare-open-pack = افتح ملف المراجعة لطباعته
prepare-changed-title = ما الذي تغيّر
prepare-since = منذ موعد المراجعة الأخير في { $date }:
prepare-since-start = لم يُسجَّل شيء في أي موعد مراجعة بعد. كل ما في الملف جديد.
prepare-nothing-changed = لم يتغيّر شيء في الملف منذ ذلك الوقت.
prepare-entry-changed = «{ $part }»: كتبه أو غيّره { $author }.
prepare-read-it = اقرأ: { $part }
prepare-questions-saved = تم حفظ أسئلتك. إنها في ملف المراجعة.
prepare-questions-title = أسئلتك للاجتماع
prepare-questions-label = ماذا تريد أن تسأل أو تقول في الاجتماع؟
prepare-questions-hint = اكتب سؤالًا واحدًا في كل سطر. ستُضاف إلى ملف المراجعة، حتى لا تنساها.
prepare-save-questions = احفظ الأسئلة
prepare-conflict-title = شخص آخر غيّر الأسئلة
prepare-conflict-body = بينما كنت تكتب، حفظ أحد أفراد عائلتك هذه الأسئلة. ما كتبته أنت ما زال في المربّع في الأسفل. اجمع ما تريد أن تُبقيه، ثم احفظ.
goal-state-active = ما زلنا نعمل عليه
goal-state-achieved = تحقّق
goal-state-stopped = توقّف
pack-title = ملف المراجعة لـ{ $name }
pack-back = الرجوع إلى الاستعداد للمراجعة
pack-how-to-print = للطباعة، استخدم قائمة «طباعة» (Print) في المتصفّح. على الهاتف، استخدم «مشاركة» (Share) ثم «طباعة» (Print). يناسب ورق A4، ويُقرأ جيدًا بالأبيض والأسود.
pack-for-school-link = بالإنجليزية، للمدرسة
pack-for-school-here = هذه هي الحزمة بالإنجليزية، لموظفي المدرسة. كلماتك كما كتبتها.
pack-in-own-language = اعرض الحزمة بلغتك
pack-print = اطبع
pack-meeting = موعد المراجعة: { $point }، { $date }
pack-about-me = كل شيء عنّي
pack-goals = الأهداف وكيف تسير
pack-questions = أسئلتنا
pack-nothing-yet = لم يُكتب شيء بعد.
pack-goal-number = الهدف { $number }:
pack-goal-theme = المجال
pack-goal-support = ما الذي سيساعد
pack-goal-measure = كيف سنعرف
pack-goal-by-when = الموعد النهائي
pack-share-link = شارك الملف برابط
pack-share-title = شارك ملف المراجعة الخاص بـ { $name } برابط
pack-share-back = العودة إلى ملف المراجعة
pack-share-lead = اصنع رابطًا لشخص واحد، مثل معلّم. يستطيع أن يفتح الملف دون حساب. أنت تختار كم يعمل الرابط، ويمكنك إيقافه في أي وقت.
pack-share-made-title = هذا هو الرابط لـ { $who }
pack-share-made-lead = انسخه الآن وأرسله إليه. نعرضه هذه المرة فقط. يعمل حتى { $date }.
pack-share-made-label = الرابط
pack-share-withdraw-ask = هل توقف الرابط لـ { $who }؟
pack-share-withdraw-hint = يتوقف عن العمل فورًا. يمكنك أن تصنع رابطًا جديدًا لاحقًا.
pack-share-withdraw-yes = نعم، أوقف الرابط
pack-share-withdraw-no = لا، أبقِه
pack-share-live-title = الروابط التي تعمل الآن
pack-share-none = لا توجد روابط تعمل الآن.
pack-share-live-item = يعمل حتى { $date }، { $count ->
    [zero] لم يُفتح بعد
    [one] فُتح مرة واحدة
    [two] فُتح مرتين
    [few] فُتح { $count } مرات
    [many] فُتح { $count } مرة
   *[other] فُتح { $count } مرة
}.
pack-share-withdraw = أوقف
pack-share-withdraw-named = أوقف الرابط لـ { $who }
pack-share-in-english = بالإنجليزية، للمدرسة
pack-share-in-own = باللغة: { $language }
pack-share-make-title = اصنع رابطًا جديدًا
pack-share-for-name = لمن هذا الرابط؟
pack-share-for-name-hint = اسمه وعمله، مثلًا: السيد جونز (معلّم الصف).
pack-share-how-long = كم تريد أن يعمل الرابط؟
pack-share-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
pack-share-until-date = حتى يوم أختاره
pack-share-until = آخر يوم يعمل فيه الرابط
pack-share-until-hint = فقط إذا اخترت «حتى يوم أختاره». مثلًا 27 3 2027.
pack-share-language = بأي لغة تريد الملف؟
pack-share-make = اصنع الرابط
pack-share-documents = ما المستندات التي ترسلها مع الملف؟
pack-share-documents-hint = اختر فقط ما يحتاجه هذا الشخص. يمكنه تنزيلها ما دام الرابط يعمل. لا يلزم أن تختار أيًّا منها.
pack-share-document = { $kind }، { $date }: { $file }
pack-share-documents-not-on-list = اختر مستندات من هذه القائمة فقط.
pack-share-live-documents = { $count ->
    [zero] لا مستندات معه.
    [one] معه مستند واحد.
    [two] معه مستندان.
    [few] معه { $count } مستندات.
    [many] معه { $count } مستندًا.
   *[other] معه { $count } مستند.
}
pack-link-shared-by = شارك { $who } هذا الملف معك. يعمل الرابط حتى { $date }.
pack-link-ended-title = هذا الرابط لم يعد يعمل
pack-link-ended-body = أوقفته العائلة، أو انتهى وقته. إذا كنت ما زلت تحتاج الملف، فاطلب من العائلة رابطًا جديدًا.
pack-link-unknown-title = لا نجد هذا الرابط
pack-link-unknown-body = تأكد أن لديك الرابط كاملًا. إذا بقي لا يعمل، فاطلب من العائلة رابطًا جديدًا.
pack-link-documents = مستندات شُورِكت معك

## Goals (outcomes)
adulthood-employment = العمل أو الكلية أو الجامعة
adulthood-independent-living = العيش باستقلال قدر الإمكان
adulthood-friends-community = الأصدقاء والعلاقات والمشاركة في المجتمع
adulthood-good-health = صحة جيدة
goals-theme-adulthood = الاستعداد لمرحلة البلوغ (Preparing for Adulthood): { $theme }
goals-title = أهداف { $name }
goals-intro = الهدف يقول ما الذي سيتغيّر عند { $name }، وما الذي سيساعد. المدارس والمجالس المحلية تسمّي الأهداف "outcomes" (النتائج المرجوّة).
goals-outcome-explained = النتيجة المرجوّة (outcome) تغيير ستستطيع أن تراه، بفضل المساعدة التي يحصل عليها { $name }.
goals-aspiration-note = الأمل أو الحلم، مثل "أريد أن أعمل مع الحيوانات"، مهمّ جدًا. لكنه ليس هدفًا. الهدف أصغر وأدقّ: تغيير تستطيع أن تراه، مثل "أستطيع أن أُطعم القطة وحدي كل يوم". يمكنك أن تكتب الآمال والأحلام في «كل شيء عنّي».
goals-adulthood-explained = من Year 9 (الصف 9)، يمكن أن تكون الأهداف أيضًا عن الاستعداد لحياة الكبار. هذا اسمه الاستعداد لمرحلة البلوغ (Preparing for Adulthood). ويشمل العمل أو الدراسة، والعيش باستقلال قدر الإمكان، والأصدقاء والمجتمع، والصحة الجيدة.
goals-add = أضف هدفًا
goals-active-title = الأهداف التي نعمل عليها الآن
goals-active-order = الهدف الأهمّ يأتي أولًا. يمكنك تحريك الأهداف إلى الأعلى أو الأسفل.
goals-none-active = لا توجد أهداف بعد. أضف الهدف الأول.
goals-number = الهدف { $number }
goals-row-outcome = ما الذي سيتغيّر
goals-row-theme = عن أيّ شيء هو
goals-row-support = ما الذي سيساعد
goals-row-measure = كيف سنعرف
goals-row-by-when = الموعد النهائي
goals-not-written = لم يُكتب بعد
goals-no-date = لا يوجد موعد
goals-change = غيّر
goals-change-named = غيّر هذا الهدف: { $outcome }
goals-move-up = حرّك إلى الأعلى
goals-move-up-named = حرّك إلى الأعلى: { $outcome }
goals-move-down = حرّك إلى الأسفل
goals-move-down-named = حرّك إلى الأسفل: { $outcome }
goals-mark-achieved = سجّل أنه تحقّق
goals-mark-achieved-named = سجّل أنه تحقّق: { $outcome }
goals-stop = أوقف هذا الهدف
goals-stop-named = أوقف هذا الهدف: { $outcome }
goals-finished-title = أهداف تحقّقت وأهداف توقّفت
goals-finished-intro = الأهداف المنتهية تبقى هنا، مع كل ما كُتب عنها وتقييماتها. يمكنك أن تعود للعمل على أي هدف في أي وقت.
goals-none-finished = لم يتحقّق أو يتوقّف أي هدف بعد.
goals-achieved-on = تحقّق في { $date }
goals-stopped-on = توقّف في { $date }
goals-state-achieved = تحقّق
goals-state-stopped = توقّف
goals-make-active = أعِد العمل عليه
goals-make-active-named = أعِد العمل عليه: { $outcome }
goals-back = الرجوع إلى الأهداف
goals-add-title = إضافة هدف
goals-edit-title = تغيير هدف
goals-form-intro = اكتب هدفًا واحدًا في كل مرة، بكلماتك. الهدف تغيير ستستطيع أن تراه.
goals-outcome = ما الذي سيتغيّر؟
goals-outcome-hint = اكتب تغييرًا واحدًا تريد أن تراه. مثلًا: "أستطيع أن أطلب المساعدة في الصف عندما يصعب عليّ شيء."
goals-theme = عن أيّ شيء هذا الهدف في الغالب؟
goals-theme-hint = اختر الأنسب. هذه هي مجالات الاحتياج الأربعة التي تستخدمها المدارس والمجالس المحلية.
goals-theme-hint-adulthood = اختر الأنسب. من Year 9 (الصف 9)، يمكن أن يكون الهدف أيضًا عن الاستعداد لحياة الكبار. المدارس والمجالس المحلية تسمّي هذا Preparing for Adulthood (الاستعداد لمرحلة البلوغ).
goals-support = ما الذي سيساعد؟
goals-support-hint = المساعدة التي ستجعل هذا يحدث، ومن يقدّمها. مثلًا: جدول يومي بالصور، و10 دقائق مع مساعد المعلّم (teaching assistant) كل صباح.
goals-measure = كيف سنعرف أن هذا حدث؟
goals-measure-hint = ما ستراه أو تسمعه عندما ينجح. مثلًا: "يطلب المساعدة مرة واحدة على الأقل كل يوم، لمدة أسبوعين."
goals-by-when = متى؟ (يمكنك أن تترك هذا فارغًا)
goals-by-when-hint = مثلًا: 31 7 2027
goals-save = احفظ الهدف
goals-conflict-title = شخص آخر غيّر هذا الهدف
goals-conflict-body = بينما كنت تكتب، حفظ أحد أفراد عائلتك تغييرًا في هذا الهدف. لم يضِع شيء. النموذج في الأسفل يُظهر ما كتبته أنت. وهذا المربّع يُظهر ما حفظوه هم. راجع الاثنين، ثم احفظ مرة أخرى لتُبقي نسختك.
goals-newest-title = آخر ما تم حفظه

## All about me: the one-page profile in six parts
about-me-title = كل شيء عنّي
about-me-intro = هذه الصفحة عن { $name }: من هو، وما يهمّه، وأفضل طريقة لمساعدته. فيها ستة أجزاء.
about-me-intro-plan = يمكنك أن تستخدمها عند وضع الخطط. مثلًا، يمكن أن تدخل في القسم A (Section A) من خطة EHC. (خطة EHC خطة قانونية للدعم في التعليم والصحة والرعاية. القسم A هو الجزء الذي فيه آراء الطفل نفسه وآماله، وما يهمّه.)
about-me-intro-who = يستطيع الطفل أو الشاب أن يكتب هنا بكلماته. ويستطيع ذلك أيضًا أحد الوالدين أو من يرعاه، أو مناصر (advocate) يكتب معه. كل نص يُظهر ممّن هو. عندما تغيّر شيئًا، نحتفظ بالنسخة السابقة.
about-me-liked-and-admired = ما يحبّه الناس فيّ ويُعجبهم
about-me-liked-and-admired-hint = ما الذي أنا جيد فيه؟ ماذا يحبّ أصدقائي وعائلتي فيّ؟ ما الذي يجعلني فخورًا بنفسي؟
about-me-important-to-me = ما هو مهمّ لي، الآن وفي المستقبل
about-me-important-to-me-hint = من وما الذي يهمّني: أشخاص، أماكن، أشياء أحبّ أن أفعلها، عادات يومية. ماذا أريد أن أستمرّ في فعله؟ ما الذي يهمّ لمستقبلي؟
about-me-how-to-support-me = أفضل طريقة لمساعدتي
about-me-how-to-support-me-hint = ما الذي يساعدني، وما الذي لا يساعدني؟ كيف يجب أن تُشرح لي الأشياء الجديدة؟ ماذا يجب أن يفعل الناس عندما تصعب الأمور عليّ؟
about-me-how-i-communicate = كيف أتواصل، وكيف تعرف شعوري
about-me-how-i-communicate-hint = كيف أخبر الناس بالأشياء: بالكلام، أو الإشارات، أو الصور، أو الأصوات، أو بما أفعله؟ كيف تعرف أنني سعيد أو قلق أو منزعج؟
about-me-hopes-and-dreams = آمالي وأحلامي
about-me-hopes-and-dreams-hint = ماذا أريد لمستقبلي؟ فكّر في المدرسة أو الكلية، والعمل، ومكان السكن، والأصدقاء، والصحة. كبيرًا كان أو صغيرًا، كل أمل مهمّ.
about-me-working-and-not-working = ما الذي ينجح الآن وما الذي لا ينجح
about-me-working-and-not-working-hint = ما الذي يسير جيدًا معي الآن، في المدرسة أو في البيت أو في أي مكان آخر؟ ما الصعب، أو ما الذي لا يسير جيدًا؟ اكتب هذا قبل كل اجتماع مراجعة.
about-me-nothing-yet = لم يُكتب شيء هنا بعد.
about-me-written-by = الكاتب: { $author } · حُفظ في { $date }
about-me-change = غيّر
about-me-change-which = { $part }، النص رقم { $number }
about-me-earlier-versions = النسخ السابقة ({ $count })
about-me-add = أضف إلى هذا الجزء
author-young-person = الطفل أو الشاب نفسه، بكلماته
author-parent-or-carer = أحد الوالدين أو من يرعى الطفل
author-advocate = مناصر (advocate)، مع الطفل أو الشاب
about-me-add-caption = أضف إلى «كل شيء عنّي»
about-me-edit-caption = غيّر ما كُتب
about-me-text-label = ماذا تريد أن تقول؟
about-me-text-label-yours = ما كتبته أنت (لم يُحفظ بعد)
about-me-text-more = اكتب كثيرًا أو قليلًا كما تحبّ. الملاحظات القصيرة لا بأس بها. يمكنك تغييرها لاحقًا.
about-me-author = كلمات مَن هذه؟
about-me-author-hint = اختر صاحب الكلمات، لا من كتبها على الجهاز.
about-me-author-young-person = الطفل أو الشاب نفسه، بكلماته
about-me-author-young-person-hint = كلماته هو، حتى لو كتبها شخص آخر على الجهاز.
about-me-author-parent-or-carer = أحد الوالدين أو من يرعى الطفل
about-me-author-parent-or-carer-hint = أنت، أو أحد الوالدين أو من يرعى الطفل في العائلة.
about-me-author-advocate = مناصر (advocate)، مع الطفل أو الشاب
about-me-author-advocate-hint = المناصر (advocate) شخص يساعد العائلة أن تقول ما تريده، مثل موظف من SENDIASS. اختر هذا إذا كتبه مع الطفل أو الشاب معًا.
about-me-save = احفظ
about-me-back = الرجوع إلى «كل شيء عنّي»
about-me-edit-keeps = عندما تحفظ، نحتفظ بالنسخة السابقة. يمكنك قراءتها في أي وقت.
about-me-conflict-title = شخص آخر حفظ تغييرًا
about-me-conflict-body = بينما كنت تكتب، حفظ أحد أفراد عائلتك نسخة جديدة. ما كتبته أنت ما زال في المربّع. اقرأ نسختهم أيضًا. ثم احفظ لتُبقي نسختك، أو غيّرها أولًا. ستبقى نسختهم محفوظة كنسخة سابقة.
about-me-newest-title = أحدث نسخة محفوظة
about-me-version-by = صاحب الكلمات: { $author }. حفظها: { $who }، في { $date }.
about-me-saved-by-unknown = شخص لم يعد له حساب
about-me-history-link = اقرأ كل النسخ
about-me-history-title = كل النسخ
about-me-history-intro = أحدث نسخة تأتي أولًا. النسخ السابقة لا تضيع أبدًا.
about-me-version = النسخة { $number }
about-me-version-newest = النسخة { $number }، الأحدث

## Review points (pages/reviews.rs)
term-autumn = الخريف
term-spring = الربيع
term-summer = الصيف
reviews-title = مواعيد المراجعة
reviews-intro = موعد المراجعة (review point) اجتماع لفحص كيف يسير كل هدف، وماذا نفعل بعد ذلك. هناك ثلاثة في كل سنة دراسية: واحد في فصل الخريف، وواحد في فصل الربيع، وواحد في فصل الصيف.
reviews-intro-sen-support = إذا كان طفلك يحصل على SEN support (مساعدة إضافية في المدرسة من غير خطة EHC)، يجب أن تجتمع المدرسة معك ثلاث مرات في السنة، مرة في كل فصل دراسي.
reviews-intro-ehc-plan = إذا كان لطفلك خطة EHC (خطة قانونية للدعم)، فاجتماع المراجعة السنوية (annual review) هو واحد من الثلاثة.
reviews-intro-dates = وضعنا التاريخ المعتاد لكل فصل دراسي. غيّره إلى التاريخ الحقيقي عندما تعرفه.
reviews-school-year = السنة الدراسية { $year }
reviews-term-heading = فصل { $term }
reviews-held-on = التاريخ: { $date }
reviews-recorded = مُسجَّل
reviews-not-recorded = لم يُسجَّل شيء بعد
reviews-coming-up = قادم: لم يُسجَّل شيء بعد
reviews-record-link = سجّل موعد المراجعة هذا
reviews-change-link = اعرض أو غيّر
review-title = موعد المراجعة: { $point }
review-back = الرجوع إلى مواعيد المراجعة
review-intro = املأ ما تستطيع. يمكنك أن ترجع وتغيّره في أي وقت. فقط عائلتك تستطيع رؤيته.
review-held-on = تاريخ اجتماع المراجعة
review-held-on-hint = وضعنا التاريخ المعتاد لهذا الفصل. غيّره إلى التاريخ الحقيقي. مثلًا: 10 11 2025.
review-goals-title = كيف يسير كل هدف
review-goals-hint = لكل هدف، اختر كيف يسير الآن. إذا لم تكن متأكدًا، اتركه على «لم يُقيَّم بعد».
review-no-goals = لا توجد أهداف بعد. أضف الأهداف أولًا، ثم ارجع لتقول كيف تسير.
review-add-goals = أضف أهدافًا
review-goal-achieved = هذا الهدف تحقّق.
review-goal-stopped = هذا الهدف توقّف.
review-rating = كيف يسير، برأي عائلتك؟
review-school-rating = كيف يسير، برأي المدرسة؟
review-school-rating-hint = كما قالت المدرسة في الاجتماع. اتركه على «لم يُقيَّم بعد» إذا كنت لا تعرف.
school-view-link = أضف رأي المدرسة
school-view-title = رأي المدرسة: { $point }
school-view-intro = قل كيف يسير كل هدف برأي المدرسة. ترى العائلة بجانبه اسمك وعملك ومدرستك.
school-view-rating = كيف يسير برأي المدرسة؟
school-view-comment = ماذا تقول المدرسة
school-view-comment-hint = باختصار وبكلمات بسيطة. يمكنك تركه فارغًا.
school-view-save = احفظ رأي المدرسة
written-by-professional = كتبه { $name } ({ $job }، { $organisation }).
review-school-view-theirs = يستطيع تغيير هذا فقط الشخص الذي كتبه.
review-not-rated = لم يُقيَّم بعد
review-family-comment = ماذا تقول العائلة (اختياري)
review-family-comment-hint = ما الذي تغيّر؟ ما الذي ساعد، وما الذي لم يساعد؟
review-young-person-comment = ماذا يقول { $name }، بكلماته (اختياري)
review-young-person-comment-hint = يستطيع { $name } أن يكتب هنا، أو يمكنك أن تكتب ما قاله، تمامًا كما قاله.
review-overall-title = في الوقت الحالي
review-what-is-working = ما الذي يسير جيدًا؟ (اختياري)
review-what-is-working-hint = في المدرسة، أو في البيت، أو في أي مكان آخر.
review-what-is-not-working = ما الذي لا يسير جيدًا؟ (اختياري)
review-what-is-not-working-hint = ما الصعب، أو ما الذي يحتاج إلى تغيير.
review-save = احفظ موعد المراجعة هذا
review-conflict-title = شخص آخر حفظ موعد المراجعة هذا
review-conflict-body = بينما كنت تكتب، حفظ أحد أفراد عائلتك تغييرات. أحدث نسخة محفوظة تظهر أولًا. والنموذج في الأسفل ما زال فيه ما كتبته أنت. راجع الاثنين، ثم احفظ مرة أخرى لتُبقي نسختك.
review-saved-title = أحدث نسخة محفوظة
review-saved-rating = تقييم العائلة
review-saved-school-rating = تقييم المدرسة
review-saved-family-comment = ماذا تقول العائلة
review-saved-young-person-comment = ماذا يقول { $name }
review-saved-what-is-working = ما الذي يسير جيدًا
review-saved-what-is-not-working = ما الذي لا يسير جيدًا
review-saved-nothing = لم يُكتب شيء

## Progress (pages/progress.rs)
progress-page-title = التقدّم
progress-page-intro = هذه الصفحة تُظهر كيف سار كل هدف في كل موعد مراجعة. التقييمات تبدأ من ○ لم يبدأ بعد، وتنتهي بـ● تحقّق. لكل هدف مخطّط وجدول فيهما التقييمات نفسها، فاستخدم الأسهل عليك.
progress-year-title = هذه السنة الدراسية ({ $year })
progress-year-intro = أيّ الأهداف تقدّمت، أو بقيت كما هي، أو تراجعت. نقارن أول تقييم للعائلة في هذه السنة الدراسية بآخر تقييم.
progress-year-none = لمعرفة كيف سار الهدف في هذه السنة الدراسية، يحتاج إلى تقييمات من موعدَي مراجعة في هذه السنة.
progress-latest-rating = آخر تقييم: { $point }
progress-last-year = السنة الدراسية الماضية: { $movement }
progress-not-rated-yet = لم يُقيَّم بعد
progress-goal-achieved = تحقّق
progress-goal-achieved-on = تحقّق في { $date }
progress-goal-stopped = توقّف
progress-goal-stopped-on = توقّف في { $date }
progress-goal-no-ratings = لم يُقيَّم هذا الهدف في أي موعد مراجعة بعد.
progress-go-to-reviews = اذهب إلى مواعيد المراجعة
progress-no-goals = لا توجد أهداف بعد. أضف أهدافًا، ثم قل كيف تسير في كل موعد مراجعة.
progress-go-to-goals = اذهب إلى الأهداف

## Text kept while typing
drafts-restored = أعدنا ما كنت تكتبه في المرة الماضية. لم يُحفظ بعد: راجعه، ثم احفظه.

## Changing a child's details at the same time as someone else
child-conflict-saved = المحفوظ الآن

## Local Offer: search problems
error-age-not-valid = اكتب العمر بالسنوات، من 0 إلى 25. مثلًا: 7.
error-postcode-not-valid = اكتب الجزء الأول من الرمز البريدي (postcode)، مثل DE22، أو الرمز البريدي كاملًا.
error-postcode-not-known = لا نعرف مكان هذا الرمز البريدي. تأكّد منه، أو اترك هذا المربّع فارغًا.

## Local Offer pages
nav-local-offer = ابحث عن خدمات
home-local-offer-link = ابحث عن خدمات في Local Offer
local-offer-title = ابحث عن خدمات: Local Offer
local-offer-intro = Local Offer هو قائمة المجلس المحلي بالمساعدة المتاحة للأطفال والشباب من ذوي SEND، من الولادة حتى عمر 25. لا تحتاج إلى تسجيل الدخول لتبحث فيه.
local-offer-q = عمّ تبحث؟
local-offer-q-hint = مثلًا: علاج النطق، التوحّد، السباحة
local-offer-filters = ضيّق البحث
local-offer-filters-chosen = { $count ->
    [zero] ضيّق البحث (لم تختر أي خيار)
    [one] ضيّق البحث (اخترت خيارًا واحدًا)
    [two] ضيّق البحث (اخترت خيارين)
    [few] ضيّق البحث (اخترت { $count } خيارات)
    [many] ضيّق البحث (اخترت { $count } خيارًا)
   *[other] ضيّق البحث (اخترت { $count } خيار)
}
local-offer-child = ابحث لواحد من أطفالك
local-offer-child-hint = نستخدم عمره. أو لا تختر أحدًا واكتب العمر في الأسفل.
local-offer-child-none = لم تختر أحدًا
local-offer-child-choice = { $name }، العمر { $age }
local-offer-age = عمر الطفل أو الشاب
local-offer-age-hint = بالسنوات، من 0 إلى 25.
local-offer-need = مجال الاحتياج
local-offer-need-hint = مجالات الاحتياج الأربعة التي تستخدمها المدارس والمجالس المحلية.
local-offer-need-any = أيّ احتياج
local-offer-category = نوع الخدمة
local-offer-category-any = أيّ نوع
local-offer-category-education = التعليم
local-offer-category-health = الصحة
local-offer-category-social-care = الرعاية الاجتماعية
local-offer-category-leisure = أنشطة ونوادٍ
local-offer-category-advice = نصيحة ودعم
local-offer-cost = التكلفة
local-offer-free-only = الخدمات المجانية فقط
local-offer-near = قريب من رمز بريدي
local-offer-near-hint = الجزء الأول يكفي، مثل DE22.
local-offer-within = كم تبعد
local-offer-within-miles = { $miles ->
    [zero] في حدود { $miles } ميل
    [one] في حدود ميل واحد
    [two] في حدود ميلين
    [few] في حدود { $miles } أميال
    [many] في حدود { $miles } ميلًا
   *[other] في حدود { $miles } ميل
}
local-offer-use-location = استخدم موقعي
local-offer-location-refused = لم نستطع معرفة موقعك. اكتب رمزًا بريديًا بدلًا من ذلك.
local-offer-location-in-use = نقيس المسافات من مكانك الآن.
local-offer-search = ابحث
local-offer-results-title = الخدمات
local-offer-count = { $count ->
    [zero] لم نجد أي خدمة
    [one] وجدنا خدمة واحدة
    [two] وجدنا خدمتين
    [few] وجدنا { $count } خدمات
    [many] وجدنا { $count } خدمة
   *[other] وجدنا { $count } خدمة
}
local-offer-count-none = لم نجد أي خدمة
local-offer-tips = جرّب هذه الأشياء:
local-offer-tip-spelling = تأكّد من الإملاء.
local-offer-tip-words = استخدم كلمات أقل، أو كلمات أخرى بالمعنى نفسه.
local-offer-tip-filters = احذف بعض خيارات التضييق.
local-offer-see-all = اعرض كل الخدمات
local-offer-corrected = فهمنا { $typed } على أنها { $read_as }.
local-offer-searched-for = نعرض الخدمات الخاصة بـ: { $words }
local-offer-some-words = لا توجد خدمة فيها كل كلماتك. هذه الخدمات فيها بعضها.
local-offer-all-services = كل الخدمات، بالترتيب الأبجدي. اكتب ما تبحث عنه لتظهر أنسب الخدمات أولًا.
local-offer-popular = عمليات بحث شائعة:
local-offer-popular-speech = علاج النطق
local-offer-popular-autism = التوحّد
local-offer-popular-short-breaks = استراحات قصيرة (short breaks)
local-offer-popular-swimming = السباحة
local-offer-popular-advice = نصيحة مجانية عن SEND
local-offer-fix-problems = لم نستطع البحث بعد. تأكّد ممّا كتبته:
local-offer-unavailable = لم نستطع البحث الآن. من فضلك حاول مرة أخرى بعد بضع دقائق.
local-offer-update-failed = لم نستطع تحديث النتائج. اضغط «ابحث» لتحاول مرة أخرى.
local-offer-from = من { $organisation }
local-offer-ages-range = الأعمار من { $min } إلى { $max }
local-offer-ages-from = من عمر { $min }
local-offer-ages-up-to = حتى عمر { $max }
local-offer-ages-any = كل الأعمار
local-offer-free = مجانية
local-offer-may-cost = قد تكلّف مالًا
local-offer-cost-not-said = التكلفة غير مذكورة
local-offer-miles-away = { $miles ->
    [zero] على بُعد { $miles } ميل
    [one] على بُعد ميل واحد
    [two] على بُعد ميلين
    [few] على بُعد { $miles } أميال
    [many] على بُعد { $miles } ميلًا
   *[other] على بُعد { $miles } ميل
}
local-offer-why = لماذا تظهر هنا:
local-offer-reason-word = فيها كلمة «{ $word }»
local-offer-reason-corrected = كتبت «{ $typed }»، وفهمناها «{ $read_as }»
local-offer-reason-also-known = «{ $typed }» اسم آخر لـ«{ $found }»
local-offer-reason-age = لعمر { $age }
local-offer-reason-all-needs = لكل الاحتياجات
local-offer-reason-need = لهذا الاحتياج: { $need }
local-offer-reason-category = النوع: { $category }
local-offer-reason-free = مجانية
local-offer-pages = صفحات النتائج
local-offer-page-of = الصفحة { $page } من { $pages }
local-offer-previous = الصفحة السابقة
local-offer-next = الصفحة التالية
list-and = { $first } و{ $last }
list-separator = {"، "}
service-back = الرجوع إلى البحث
service-not-found-title = لم نستطع أن نجد هذه الخدمة
service-not-found-body = ربما الرابط خطأ، أو ربما غيّرها المجلس المحلي. ابحث في Local Offer مرة أخرى.
service-search-again = ابحث في Local Offer
service-not-listed-title = المجلس المحلي لم يعد يذكر هذه الخدمة في قائمته
service-not-listed = ربما أُغلقت أو تغيّرت. نُبقيها هنا لأن عائلات حفظتها. تأكّد مع الخدمة قبل أن تذهب.
service-closed = هذه الخدمة مغلقة حاليًا.
service-about = ما هي
service-for-whom = لمن هي
service-row-ages = الأعمار
service-row-needs = مجالات الاحتياج
service-needs-all = كل الاحتياجات. لم يحدّد المجلس المحلي أيّ احتياج.
service-row-adulthood = الاستعداد لحياة الكبار
service-row-kind = نوع الخدمة
service-cost = التكلفة
service-how-to-get = كيف تحصل عليها
service-referral-needed = تحتاج إلى إحالة (referral). هذا يعني أن شخصًا مثل الطبيب أو مدرستك أو الأخصائي الاجتماعي يطلب الخدمة لك.
service-referral-not-needed = يمكنك أن تتواصل معهم بنفسك. لا تحتاج إلى إحالة (referral).
service-referral-not-said = لم يقل المجلس المحلي هل تحتاج إلى إحالة (referral). الإحالة هي أن يطلب شخص مثل الطبيب أو مدرستك الخدمة لك.
service-contact = التواصل
service-phone = الهاتف
service-email = البريد الإلكتروني
service-website = الموقع الإلكتروني
service-people = من تسأل عنه
service-no-contact = لم يُعطِ المجلس المحلي معلومات التواصل.
service-where-when = أين ومتى
service-place = المكان
service-accessibility = الوصول إلى المكان والتنقّل فيه
service-access-not-said = لم يقل المجلس المحلي هل من السهل الدخول إلى المكان والتنقّل فيه.
service-times = أوقات العمل
service-times-not-said = لم يُعطِ المجلس المحلي أوقات العمل.
service-no-place = لم يُعطِ المجلس المحلي المكان.
service-days-range = من { $first } إلى { $last }
service-time-range = من { $opens } إلى { $closes }
service-days-and-times = { $days }، { $times }
service-day-monday = الاثنين
service-day-tuesday = الثلاثاء
service-day-wednesday = الأربعاء
service-day-thursday = الخميس
service-day-friday = الجمعة
service-day-saturday = السبت
service-day-sunday = الأحد
service-languages = اللغات
service-languages-not-said = لم يقل المجلس المحلي أيّ اللغات يستخدمون.
service-last-updated = آخر تحديث: { $date }
service-updated-unknown = لم يقل المجلس المحلي متى تأكّد من هذه المعلومات آخر مرة.
service-updated-old-title = ربما تكون هذه المعلومات قديمة
service-updated-old = آخر مرة حدّث فيها المجلس المحلي هذه المعلومات كانت قبل أكثر من سنة. ربما تغيّرت بعض التفاصيل. تأكّد مع الخدمة قبل أن تذهب.
service-save-title = احفظها في ملف طفلك
service-save-intro = احتفظ بهذه الخدمة مع ملف طفلك، مع ملاحظة لنفسك.
service-save-child = أيّ طفل؟
service-save-note = ملاحظتك (يمكنك أن تتركها فارغة)
service-save-note-hint = مثلًا: اتصلنا بهم في 3 مارس. سيعاودون الاتصال.
service-save-button = احفظها في الملف
service-save-no-children = أضف طفلًا أولًا. بعدها تستطيع أن تحفظ الخدمات في ملفه.
service-add-child = أضف طفلًا
service-sign-in-to-save = سجّل الدخول لتحفظ هذه الخدمة في ملف طفلك
saved-services-title = الخدمات التي حفظتها
saved-services-none = لم تحفظ أي خدمة لـ{ $name } بعد.
saved-services-find = ابحث عن خدمات في Local Offer
saved-services-saved-on = حُفظت في { $date }
saved-services-note = ملاحظتك:
saved-services-not-listed = المجلس المحلي لم يعد يذكرها
saved-services-remove = أزِل
saved-services-remove-named = أزِل { $service } من هذا الملف
service-save-child-choose = اختر طفلًا

## Languages on every page, read aloud, words explained
footer-languages = اللغات
read-aloud-start = اقرأ بصوت عالٍ
read-aloud-pause = توقّف مؤقتًا
read-aloud-resume = أكمل القراءة
read-aloud-stop = أوقف
read-aloud-no-voice = لا يوجد على هذا الجهاز صوت للغة { $language }. لذلك لا يستطيع أن يقرأ هذه الصفحة بصوت عالٍ. ربما تستطيع أن تضيف صوتًا من إعدادات جهازك.
read-aloud-no-speech = هذا المتصفّح لا يستطيع قراءة الصفحات بصوت عالٍ.
glossary-see-all = اعرض كل الكلمات التي نشرحها
glossary-close = أغلق
info-more-title = مساعدة أكثر

## Glossary: every term
# glossary-ID is the term as families meet it; glossary-ID-meaning says what it means, in plain words.
# glossary-ID-also lists the ways the term is written in running text, longest first, separated by " | ".
# Arabic: the -also lists give the Arabic forms used in this file; English forms (EHCP, SENCO) are matched anyway.
glossary-ehc-needs-assessment = تقييم احتياجات EHC (EHC needs assessment، EHCNA)
glossary-ehc-needs-assessment-meaning = المجلس المحلي يفحص هل يحتاج طفلك إلى خطة EHC. يمكنك أنت أو المدرسة أن تطلبوه. ومن عمر 16 سنة، يستطيع الشاب نفسه أن يطلبه أيضًا. يجب أن يخبرك المجلس خلال 6 أسابيع هل سيُجريه.
glossary-annual-review = المراجعة السنوية (annual review)
glossary-annual-review-meaning = اجتماع لفحص خطة EHC، مرة في السنة على الأقل. تقول أنت وطفلك ما الذي ينجح وما الذي يحتاج إلى تغيير.
glossary-graduated-approach = النهج المتدرّج (graduated approach)
glossary-graduated-approach-meaning = الطريقة التي تقدّم بها المدرسة SEN support، في أربع خطوات: تقييم، تخطيط، تنفيذ، مراجعة. تجرّب المدرسة بعض المساعدة، ثم تفحص هل تنجح. ثم تغيّر المساعدة إذا احتاج الأمر.
glossary-senco = SENCO (أو SENDCO)
glossary-senco-meaning = المعلّم المسؤول عن SEND في المدرسة. تحدّث معه إذا كنت قلقًا بشأن احتياجات طفلك.
glossary-advocate = المناصر (advocate)
glossary-advocate-meaning = شخص يساعدك أن تقول ما تريده، ويتأكّد أن صوتك مسموع. هو في صفّك.
glossary-personal-budget = الميزانية الشخصية (personal budget)
glossary-personal-budget-meaning = مال مخصّص لجزء من المساعدة في خطة EHC. يمكنك أن تطلبها. قد تعطيك رأيًا في طريقة تقديم المساعدة، أو تسمح لك أن ترتّبها بنفسك.
glossary-tribunal = محكمة SEND (SEND Tribunal)
glossary-tribunal-meaning = هيئة لا تعمل لدى المجلس المحلي. إذا لم توافق على بعض قرارات المجلس عن SEND، يمكنك أن تطلب منها أن تقرّر. هذا اسمه الاستئناف (appeal).
glossary-mediation = الوساطة (mediation)
glossary-mediation-meaning = اجتماع لحلّ مشكلة مع المجلس المحلي. شخص لا ينحاز لأي طرف يساعدكم على الحديث فيها. الوساطة مجانية، وأنت تختار هل تريدها.
glossary-ep = الأخصائي النفسي التربوي (educational psychologist، EP)
glossary-ep-meaning = خبير في طريقة تعلّم الأطفال وتفكيرهم وشعورهم. يلتقي بطفلك. ثم يكتب عمّا يحتاجه طفلك وما الذي سيساعده.
glossary-salt = علاج النطق واللغة (speech and language therapy، SALT)
glossary-salt-meaning = مساعدة في الكلام والاستماع والفهم. ويمكن أن يساعد أيضًا في الأكل والشرب. يقدّمه أخصائي النطق واللغة.
glossary-ot = العلاج الوظيفي (occupational therapy، OT)
glossary-ot-meaning = مساعدة في مهارات الحياة اليومية، مثل لبس الملابس، والأكل، والكتابة، والتنقّل. يقدّمه أخصائي العلاج الوظيفي.
glossary-camhs = CAMHS
glossary-camhs-meaning = خدمة NHS للصحة النفسية للأطفال والشباب. الاسم اختصار لـChild and Adolescent Mental Health Services. تساعد في أشياء مثل القلق الشديد أو الحزن وضعف المزاج.
glossary-semh = SEMH (الصحة الاجتماعية والعاطفية والنفسية)
glossary-semh-meaning = واحد من مجالات الاحتياج الأربعة. يتعلّق بالمشاعر، والسلوك، والتعامل مع الآخرين.
glossary-ap = التعليم البديل (alternative provision، AP)
glossary-ap-meaning = مدرسة للأطفال الذين لا يستطيعون الذهاب إلى مدرسة عادية لفترة. مثلًا، لأنهم مرضى، أو لأنهم طُلب منهم أن يتركوا المدرسة.
glossary-eotas = التعليم خارج المدرسة (EOTAS)
glossary-eotas-meaning = تعلّم خارج المدرسة أو الكلية، مكتوب في خطة EHC. المجلس المحلي يرتّبه ويدفع تكلفته عندما لا تكون المدرسة مناسبة لطفلك. هذا ليس مثل أن تختار أنت تعليم طفلك في البيت.
glossary-ebsna = الغياب عن المدرسة لأسباب عاطفية (EBSNA)
glossary-ebsna-meaning = عندما يجعل القلق أو مشاعر قوية أخرى ذهاب الطفل إلى المدرسة صعبًا جدًا. هذا ليس مثل أن يختار الطفل أن يتغيّب.
glossary-pfa = الاستعداد لمرحلة البلوغ (Preparing for Adulthood، PfA)
glossary-pfa-meaning = الاستعداد لحياة الكبار، من Year 9 (عمر 13 إلى 14). يشمل العمل أو الدراسة، ومكان السكن، والأصدقاء، والصحة الجيدة.
glossary-phase-transfer = الانتقال إلى مرحلة دراسية جديدة (phase transfer)
glossary-phase-transfer-meaning = عندما ينتقل طفلك إلى المرحلة التالية من الدراسة. مثلًا، من المدرسة الابتدائية إلى الثانوية، أو من المدرسة إلى الكلية. إذا كان لديه خطة EHC، يجب أن يغيّرها المجلس المحلي في الوقت المناسب.
glossary-review-point = موعد المراجعة (review point)
glossary-review-point-meaning = وقت لفحص كيف يسير كل هدف، والتخطيط لما بعده. في Heard ثلاثة مواعيد في كل سنة دراسية، واحد في كل فصل.
glossary-outcome = النتيجة المرجوّة (outcome)
glossary-outcome-meaning = الكلمة التي تستخدمها المدارس والمجالس المحلية للهدف. تقول ما الذي سيتغيّر عند طفلك بفضل المساعدة التي يحصل عليها.
glossary-send-also = الاحتياجات التعليمية الخاصة والإعاقة | SEND
glossary-sen-support-also = SEN support
glossary-ehc-plan-also = خطة التعليم والصحة والرعاية | خطط EHC | خطة EHC | EHC plan | EHCP
glossary-local-offer-also = Local Offer
glossary-sendiass-also = SENDIASS | SENDIAS
glossary-ehc-needs-assessment-also = تقييم احتياجات EHC | EHC needs assessment | EHCNA
glossary-annual-review-also = المراجعة السنوية | مراجعة سنوية | annual review
glossary-graduated-approach-also = النهج المتدرّج | graduated approach
glossary-senco-also = SENDCO | SENCO
glossary-advocate-also = المناصر | مناصر | advocate
glossary-personal-budget-also = الميزانية الشخصية | ميزانية شخصية | personal budget
glossary-tribunal-also = محكمة SEND | SEND Tribunal
glossary-mediation-also = الوساطة | وساطة | mediation
glossary-ep-also = الأخصائي النفسي التربوي | أخصائي نفسي تربوي | EP
glossary-salt-also = أخصائي النطق واللغة | علاج النطق واللغة | علاج النطق | SALT
glossary-ot-also = أخصائي العلاج الوظيفي | العلاج الوظيفي | OT
glossary-camhs-also = CAMHS
glossary-semh-also = الصحة الاجتماعية والعاطفية والنفسية | SEMH
glossary-ap-also = التعليم البديل | AP
glossary-eotas-also = التعليم خارج المدرسة | EOTAS
glossary-ebsna-also = الغياب عن المدرسة لأسباب عاطفية | EBSNA | EBSA
glossary-pfa-also = الاستعداد لمرحلة البلوغ | Preparing for Adulthood | PfA
glossary-phase-transfer-also = الانتقال إلى مرحلة دراسية جديدة | phase transfer
glossary-review-point-also = مواعيد المراجعة | موعد المراجعة | موعد مراجعة
glossary-outcome-also = النتائج المرجوّة | النتيجة المرجوّة | outcomes | outcome

## Help and information pages
# Each info-ID-body has one block per line: "## " starts a heading, "- " starts a list item, any other line is a paragraph.
info-list-title = مساعدة ومعلومات
info-list-lead = صفحات قصيرة عن المساعدة المتاحة في إنجلترا للأطفال من ذوي SEND. اقرأها بأي ترتيب.
glossary-page-title = كلمات ومعانيها
glossary-page-lead = المدارس والمجالس المحلية تستخدم كلمات خاصة كثيرة. هنا معنى كل كلمة، بكلمات بسيطة.
info-related-words = كلمات في هذه الصفحة
info-back-to-help = الرجوع إلى المساعدة والمعلومات
info-sen-support-title = ما هو SEN support؟
info-sen-support-summary = المساعدة الإضافية التي يمكن أن يحصل عليها طفلك في المدرسة، وكيف تعمل.
info-sen-support-body =
    SEN support هو مساعدة إضافية في المدرسة للطفل الذي لديه SEND. SEND تعني الاحتياجات التعليمية الخاصة والإعاقة.
    لا يحتاج طفلك إلى خطة EHC ليحصل عليه. خطة EHC هي خطة قانونية للمساعدة من المجلس المحلي.
    ## من يقدّمه
    المدارس والكليات والحضانات يجب أن تبذل أقصى جهدها لطفلك.
    الـSENCO هو المسؤول عن ذلك. SENCO هو المعلّم المسؤول عن SEND في المدرسة.
    يجب أن تخبرك المدرسة إذا كان طفلك يحصل على SEN support.
    ## كيف يعمل
    تتبع المدرسة أربع خطوات. هذا اسمه النهج المتدرّج (graduated approach).
    - التقييم: تعرف المدرسة ما يحتاجه طفلك.
    - التخطيط: تتفق أنت والمدرسة على المساعدة التي ستُقدَّم، وعلى ما يجب أن يتغيّر.
    - التنفيذ: تقدّم المدرسة المساعدة.
    - المراجعة: تفحصون معًا هل المساعدة تنجح.
    ثم تبدأ الخطوات من جديد. وفي كل مرة يمكن أن تتغيّر المساعدة.
    ## كيف يمكن أن تكون المساعدة
    - العمل في مجموعة صغيرة.
    - وقت مع مساعد المعلّم (teaching assistant).
    - أدوات، مثل جدول يومي بالصور أو حاسوب محمول.
    - نصيحة من خبير، مثل أخصائي النطق واللغة.
    ## دورك أنت
    يجب أن تجتمع المدرسة معك ثلاث مرات في السنة، مرة في كل فصل دراسي.
    أنت تعرف طفلك أكثر من أي أحد، لذلك رأيك مهمّ. ورأي طفلك مهمّ أيضًا.
    اطلب نسخة من خطة الدعم الخاصة بطفلك، لتعرف ما المساعدة التي تنتظرها.
    ## إذا لم تكن المساعدة كافية
    بعض الأطفال يحتاجون إلى مساعدة أكثر ممّا تستطيع المدرسة أن تقدّمه.
    عندها يمكنك أن تطلب من المجلس المحلي تقييم احتياجات EHC. هذا يعني أن يفحص المجلس هل يحتاج طفلك إلى خطة EHC.
    يمكنك أن تطلبه بنفسك. ليس على المدرسة أن توافق أولًا.
info-ehc-plan-title = ما هي خطة EHC؟
info-ehc-plan-summary = خطة قانونية للمساعدة التي يجب أن يحصل عليها طفلك، وكيف تطلبها.
info-ehc-plan-body =
    خطة EHC خطة قانونية. EHC اختصار لـeducation, health and care، أي التعليم والصحة والرعاية.
    تقول ما يحتاجه طفلك، وما المساعدة التي يجب أن يحصل عليها.
    يجب أن يتأكّد المجلس المحلي أن طفلك يحصل على المساعدة في التعلّم المكتوبة في الخطة. ويجب أن تقدّم NHS (الخدمة الصحية الوطنية) المساعدة الصحية المكتوبة فيها.
    ## من يستطيع أن يحصل عليها
    - الأطفال والشباب من الولادة حتى عمر 25.
    - من يحتاجون إلى مساعدة أكثر ممّا تستطيع مدرستهم أو كليتهم أن تقدّمه.
    يمكن أن تستمرّ الخطة حتى عمر 25، ما دام طفلك يتعلّم. وتنتهي إذا ذهب إلى الجامعة.
    ## كيف تطلبها
    أولًا يجب أن يفحص المجلس المحلي احتياجات طفلك. هذا اسمه تقييم احتياجات EHC (EHC needs assessment).
    - يمكنك أنت أن تطلبه. اكتب رسالة أو بريدًا إلكترونيًا إلى المجلس.
    - ويمكن للمدرسة أن تطلبه أيضًا.
    - ومن عمر 16، يمكن للشاب نفسه أن يطلبه.
    يجب أن يوافق المجلس إذا كان من الممكن أن يكون لطفلك احتياجات خاصة، وأن يحتاج إلى خطة. ليس عليك أن تُثبت ذلك.
    يسأل المجلس عن رأيك، ورأي طفلك، والمدرسة، والخبراء.
    ## كم يستغرق ذلك
    - خلال 6 أسابيع، يقول المجلس هل سيُجري التقييم.
    - خلال 16 أسبوعًا، يقول هل سيضع خطة.
    - بعدها تصلك مسودة الخطة. هي النسخة الأولى، قبل أن تصبح نهائية.
    - لديك 15 يومًا لتقول رأيك فيها. ويمكنك أيضًا أن تقول أيّ مدرسة أو كلية تريد.
    - خلال 20 أسبوعًا من طلبك، يجب أن يرسل المجلس الخطة النهائية.
    ## ماذا يوجد في الخطة
    - ما يفكّر فيه طفلك، وما يأمله، وما يحبّه.
    - احتياجاته في التعلّم والصحة والرعاية.
    - النتائج المرجوّة (outcomes). هي ما الذي سيتغيّر عند طفلك بفضل المساعدة.
    - المساعدة التي يجب أن يحصل عليها. يجب أن تقول ما هي، ومن يقدّمها، وكم مرة.
    - اسم المدرسة أو الكلية.
    ## بعد ذلك
    يجب فحص الخطة مرة في السنة على الأقل. هذا اسمه المراجعة السنوية (annual review).
    إذا لم توافق على الخطة، يمكنك أن تطلب من هيئة اسمها محكمة SEND (SEND Tribunal) أن تغيّرها. هذا اسمه الاستئناف (appeal).
info-rights-title = حقوقك والمواعيد المهمّة
info-rights-summary = ما يقول القانون إنك تستطيع أن تفعله، وكم يجب أن تستغرق كل خطوة.
info-rights-body =
    SEND تعني الاحتياجات التعليمية الخاصة والإعاقة.
    قانون SEND في إنجلترا هو قانون الأطفال والعائلات لعام 2014 (Children and Families Act 2014). ويشرحه دليل اسمه SEND Code of Practice. يجب أن تتبعه المدارس والمجالس المحلية.
    ## حقوقك
    - يجب أن يُسأل رأيك ورأي طفلك، وأن يُستمع إليكما.
    - يمكنك أن تطلب من المجلس المحلي أن يفحص هل يحتاج طفلك إلى خطة EHC. هذه خطة قانونية للمساعدة. والفحص اسمه تقييم احتياجات EHC.
    - يمكنك أن تقول أيّ مدرسة أو كلية تريدها في الخطة. يجب أن يوافق المجلس، إلا إذا كان هناك سبب وجيه.
    - يمكنك أن تطلب ميزانية شخصية (personal budget). هذا مال لجزء من المساعدة في الخطة.
    - إذا لم توافق على بعض قرارات المجلس، يمكنك أن تستأنف. هذا يعني أن تطلب من هيئة اسمها محكمة SEND (SEND Tribunal) أن تقرّر.
    بعد Year 11، في عمر 16 تقريبًا، تنتقل هذه الحقوق إلى طفلك. ويمكنك أن تستمرّ في مساعدته.
    ## مواعيد تقييم احتياجات EHC
    تُحسب هذه المواعيد من يوم وصول طلبك إلى المجلس.
    - 6 أسابيع: يقول المجلس هل سيقيّم طفلك.
    - 16 أسبوعًا: يقول المجلس هل سيضع خطة.
    - 20 أسبوعًا: تصلك الخطة النهائية.
    لديك 15 يومًا لتردّ على مسودة الخطة.
    ## مواعيد المراجعة السنوية
    - يجب فحص الخطة في اجتماع مرة كل 12 شهرًا على الأقل. وللطفل الذي عمره أقل من 5 سنوات، يجب أن يكون ذلك كل 3 إلى 6 أشهر.
    - يجب أن تصلك التقارير قبل الاجتماع بأسبوعين على الأقل.
    - يجب أن يصلك تقرير عن الاجتماع خلال أسبوعين بعده.
    - خلال 4 أسابيع من الاجتماع، يجب أن يقول المجلس ماذا سيفعل. يمكن أن يُبقي الخطة، أو يغيّرها، أو يُنهيها.
    ## الانتقال إلى مدرسة أخرى
    عندما ينتقل طفلك إلى مرحلة جديدة، يجب أن تتغيّر الخطة. هذا اسمه الانتقال إلى مرحلة دراسية جديدة (phase transfer).
    - في موعد أقصاه 15 فبراير، للانتقال إلى مرحلة جديدة في المدرسة.
    - في موعد أقصاه 31 مارس، للانتقال من المدرسة إلى الكلية في عمر 16.
    ## إذا تأخّر المجلس
    يجب أن يلتزم المجلس المحلي بهذه المواعيد. إذا تأخّر، يمكنك أن تقدّم شكوى.
    SENDIASS تقدّم نصيحة مجانية ولا تنحاز لأي طرف.
info-adulthood-title = الاستعداد لحياة الكبار
info-adulthood-summary = كيف تتغيّر المساعدة من Year 9، وفي عمر 16، وحتى عمر 25.
info-adulthood-body =
    سيكبر طفلك. من المفيد أن تخطّط لحياة الكبار مبكرًا.
    المدارس والمجالس المحلية تسمّي هذا الاستعداد لمرحلة البلوغ (Preparing for Adulthood).
    ## متى يبدأ
    من Year 9، عندما يكون عمر طفلك 13 أو 14، يصبح جزءًا من كل مراجعة سنوية. هذا هو الاجتماع السنوي لفحص خطة EHC الخاصة بطفلك. خطة EHC خطة قانونية للمساعدة من المجلس المحلي.
    ## ماذا يشمل
    - العمل أو الكلية أو الجامعة.
    - العيش باستقلال قدر ما يستطيع.
    - الأصدقاء والعلاقات والمشاركة في المجتمع.
    - الصحة الجيدة.
    ## في عمر 16
    في نهاية Year 11، يصبح طفلك «شابًا» (young person) في نظر القانون.
    يستطيع الآن أن يتّخذ قرارات كثيرة بنفسه. مثلًا، يستطيع أن يطلب من المجلس المحلي تقييمًا.
    ويمكنك أن تستمرّ في مساعدته، إذا أراد ذلك.
    وإذا لم يستطع أن يتّخذ قرارًا، يمكنك أن تتّخذه معه أو عنه.
    ## بعد Year 11
    في إنجلترا، يجب أن يستمرّ الشباب في التعلّم حتى عمر 18. ويمكنهم أن يختاروا:
    - الصف السادس (sixth form) أو الكلية.
    - التدريب المهني (apprenticeship). هذا عمل مع تدريب.
    - التدريب الوظيفي المدعوم (supported internship). هذا عمل مع مساعدة إضافية، للشباب الذين لديهم خطة EHC.
    - العمل أو التطوّع، مع بعض الدراسة أيضًا.
    ## خطة EHC بعد عمر 16
    يمكن أن تستمرّ خطة EHC حتى عمر 25، ما دام الشاب يتعلّم.
    وتنتهي إذا ذهب إلى الجامعة. للجامعات مساعدة خاصة بها للطلاب ذوي الإعاقة.
    ## الصحة والرعاية
    في عمر 18، تنتقل بعض الخدمات الصحية من خدمات الأطفال إلى خدمات الكبار.
    اسأل مبكرًا كيف سيتمّ ذلك، حتى لا تنقطع المساعدة.
    ## ما الذي تستطيع أن تفعله
    - تحدّث مع طفلك عن آماله وأحلامه.
    - في كل مراجعة، اسأل ما المساعدة التي يحتاجها للخطوة التالية.
    - اكتب آماله في «كل شيء عنّي» على Heard.
info-complain-title = كيف تقدّم شكوى أو تستأنف
info-complain-summary = ماذا تفعل إذا كنت لا توافق على ما تقوله المدرسة أو المجلس المحلي.
info-complain-body =
    هناك طرق لحلّ المشكلة. ابدأ بالطريقة الأسهل.
    ## تحدّث أولًا
    - تحدّث مع معلّم الصف أو مع SENCO. SENCO هو المعلّم المسؤول عن الاحتياجات الخاصة.
    - اطلب اجتماعًا. واكتب ما اتفقتم عليه.
    ## قدّم شكوى
    - لكل مدرسة طريقة لتقديم الشكاوى. اطلبها، أو ابحث عنها في موقعها الإلكتروني.
    - وللمجلس المحلي أيضًا طريقة لتقديم الشكاوى.
    - إذا لم يُصلح المجلس المشكلة، يمكنك أن تذهب إلى الـOmbudsman (أمين المظالم). هذه خدمة مجانية تنظر في الشكاوى ضد المجالس المحلية.
    ## اجتماع لحلّ المشكلة
    يجب أن يعرض المجلس المحلي اجتماعًا مجانيًا لحلّ مشكلة مع المدرسة أو المجلس. يديره شخص لا ينحاز لأي طرف.
    يمكنك أن تستخدمه حتى لو لم يكن لطفلك خطة EHC.
    ## الاستئناف أمام محكمة SEND
    محكمة SEND (SEND Tribunal) هيئة لا تعمل لدى المجلس المحلي. أن تطلب منها تغيير قرار المجلس اسمه الاستئناف (appeal).
    يمكنك أن تستأنف إذا كان المجلس:
    - يرفض أن يُجري تقييم احتياجات EHC، أي فحص احتياجات طفلك.
    - يرفض أن يضع خطة EHC، أي خطة قانونية للمساعدة.
    - يضع خطة لا توافق عليها، أو يختار مدرسة لا تريدها.
    - يقرّر أن يُنهي الخطة.
    الاستئناف مجاني. لا تحتاج إلى محامٍ.
    ## نصيحة عن الوساطة أولًا
    في الوساطة (mediation)، يساعدك شخص لا ينحاز لأي طرف أنت والمجلس على الحديث.
    قبل معظم حالات الاستئناف، يجب أن تتحدّث مع مستشار وساطة. بعدها تحصل على شهادة.
    لست مضطرًا أن تقوم بالوساطة نفسها. لكنك تحتاج إلى الشهادة لتستأنف.
    إذا كنت تريد أن تستأنف فقط بشأن المدرسة المكتوبة في الخطة، فلا تحتاج إليها.
    ## المهلة
    - لديك شهران من التاريخ المكتوب على رسالة المجلس عن قراره.
    - أو شهر واحد من التاريخ المكتوب على شهادة الوساطة، إذا كان هذا ينتهي لاحقًا.
    ## المعاملة غير العادلة
    يجب ألّا تعامل المدرسة طفلك بشكل غير عادل بسبب إعاقة. إذا فعلت ذلك، يمكنك أيضًا أن تذهب إلى محكمة SEND. لديك 6 أشهر لتفعل ذلك.
    ## احصل على مساعدة
    SENDIASS و IPSEA تقدّمان نصيحة مجانية. اقرأ صفحة «أين تجد نصيحة مجانية».
info-advice-title = أين تجد نصيحة مجانية
info-advice-summary = خدمات مجانية تساعد عائلات الأطفال من ذوي SEND.
info-advice-body =
    لست وحدك في هذا. هذه الخدمات تقدّم نصيحة مجانية عن SEND. SEND تعني الاحتياجات التعليمية الخاصة والإعاقة.
    ## SENDIASS
    لكل مجلس محلي واحدة. تقدّم نصيحة مجانية ولا تنحاز لأي طرف.
    تستطيع أن تساعدك في ملء الاستمارات وقراءة التقارير. وقد يحضر معك أحدهم الاجتماعات.
    لتجدها، ابحث عن SENDIASS مع اسم مجلسك المحلي.
    ## IPSEA
    IPSEA جمعية خيرية. تقدّم نصيحة مجانية عن القانون.
    موقعها الإلكتروني يشرح حقوقك بكلمات بسيطة. وفيه أيضًا رسائل جاهزة يمكنك أن تنسخها.
    تستطيع أن تساعدك إذا أردت أن تعترض على قرار من المجلس المحلي.
    ## SOS!SEN
    SOS!SEN جمعية خيرية أيضًا. لديها خط هاتف مجاني للمساعدة في الأمور القانونية.
    تستطيع أن تساعدك في الاستعداد للاعتراض على قرار من المجلس المحلي.
    ## Contact
    Contact جمعية خيرية لعائلات الأطفال ذوي الإعاقة.
    لديها خط هاتف مجاني للمساعدة. تستطيع أن تساعد في المال، والإعانات الحكومية (benefits)، والمدرسة، والصحة.
    ## Local Offer
    Local Offer هو قائمة المجلس المحلي بالمساعدة المتاحة للأطفال والشباب من ذوي SEND، من الولادة حتى عمر 25.
    يخبرك عن الخدمات والنوادي والدعم القريب منك. يمكنك أن تبحث فيه على Heard.
    ## أشخاص آخرون يمكنك أن تسألهم
    - الـSENCO. هو المعلّم المسؤول عن SEND في المدرسة.
    - طبيبك أو الزائر الصحي (health visitor).
    - منتدى أولياء الأمور مقدّمي الرعاية (parent carer forum). هذه مجموعة محلية من أهالي الأطفال ذوي SEND. تعمل مع المجلس المحلي لتحسين الخدمات.
    ## نصائح
    - احتفظ بنسخ من الرسائل والبريد الإلكتروني.
    - اكتب التواريخ، ومن قال ماذا.
    - إذا لم تفهم شيئًا، فاسأل مرة أخرى. لا بأس أن تسأل.

## Easy Read symbols: the text alternative of each picture
symbol-home = بيت
symbol-family = عائلة
symbol-child = طفل يحمل بالونًا
symbol-about-me = بطاقة عن شخص
symbol-goal = لوحة تصويب (هدف)
symbol-review = قائمة عليها علامات صح
symbol-progress = أعمدة تزداد طولًا
symbol-next-steps = درجات تصعد إلى الأعلى
symbol-prepare = دفتر ملاحظات وقلم رصاص
symbol-local-offer = دبّوس على خريطة
symbol-service = واجهة محلّ
symbol-help = علامة استفهام
symbol-language = فقاعتا كلام
symbol-reading = كتاب مفتوح
symbol-privacy = قفل
symbol-sign-in = سهم يدخل من باب
symbol-account = شخص داخل دائرة
symbol-warning = علامة تحذير
symbol-done = علامة صح
symbol-save = زرّ حفظ
symbol-search = عدسة مكبّرة
symbol-phone = هاتف
symbol-money = نقود
symbol-school = مدرسة
symbol-health = قلب ينبض
symbol-advice = مصباح كهربائي
symbol-rights = ميزان العدل
symbol-adulthood = طفل يكبر
symbol-complain = فقاعة كلام عليها علامة تحذير
symbol-words = فقاعة كلام
symbol-read-aloud = مكبّر صوت يُصدر صوتًا
symbol-calendar = تقويم
symbol-like = وجه سعيد
symbol-dislike = وجه حزين
symbol-not-sure = وجه متردّد
## People and consent: who can see a record, invitations, sharing with advocates, who has seen what

error-date-in-past = يجب أن يكون هذا التاريخ اليوم أو بعده.
error-date-too-far = يجب أن يكون هذا التاريخ خلال سنة من اليوم.
error-tick-at-least-one = اختر واحدًا على الأقل.
child-nav-my-page = صفحتي
child-nav-people = من يرى الملف
child-nav-documents = المستندات
child-nav-notes = ملاحظات من المدرسة
role-parent-or-carer = أحد الوالدين أو من يرعى الطفل
role-young-person = الطفل أو الشاب نفسه
role-advocate = مناصر
role-professional = مختص
job-senco = SENCo
job-teacher = معلم
job-therapist = معالج
job-social-worker = أخصائي اجتماعي
job-other = مختص آخر
professional-job-at = { $job }، { $organisation }
record-part-details = الاسم والتواريخ المهمة
record-part-about-me = كل شيء عنّي
record-part-goals = الأهداف والتقدّم
record-part-saved-services = الخدمات المحفوظة
record-part-documents = المستندات
record-part-notes = ملاحظات من المدرسة وغيرها
record-part-people = من يستطيع أن يرى الملف
share-sees = يستطيع أن يرى: { $parts }.
share-read-only = يستطيع أن يقرأ، لكن لا يستطيع أن يغيّر أي شيء
share-may-change = يستطيع أن يقرأ، وأن يكتب معك
share-until = حتى { $date }
share-until-stopped = إلى أن توقف المشاركة أنت
people-title = من يستطيع أن يرى ملف { $name }
people-lead = أنت تقرّر من يرى هذا الملف. يمكنك أن توقف المشاركة في أي وقت. وتتوقّف فورًا.
people-not-yours-to-change = الشاب نفسه هو الذي يقرّر الآن من يرى هذا الملف.
people-family-title = العائلة
people-advocates-title = المناصرون (advocates)
people-no-advocates = لا يستطيع أي مناصر أن يرى هذا الملف.
people-stop-sharing = أوقف المشاركة
people-stop-sharing-named = أوقف المشاركة مع { $name }
people-invite = ادعُ شخصًا
people-waiting-title = دعوات لم تُستخدم بعد
people-show-link = أظهِر الرابط
people-cancel-invitation = ألغِ هذه الدعوة
people-seen-title = من اطّلع على الملف
people-seen-lead = كلما اطّلع أحد على هذا الملف أو غيّر فيه شيئًا، نسجّل ذلك.
people-seen-link = انظر من اطّلع على ملف { $name }
people-pack-links-title = روابط إلى ملف المراجعة
people-pack-links-lead = يمكنك أن تشارك ملف المراجعة مع شخص واحد، مثل معلّم، برابط. لا يحتاج إلى حساب.
people-ended-title = مشاركات انتهت
people-ended-item = كان يستطيع أن يرى: { $parts }. انتهت هذه المشاركة.
invitation-works-until = يعمل الرابط مرة واحدة فقط، حتى { $date }.
invite-title = ادعُ شخصًا
invite-back = الرجوع إلى من يرى ملف { $name }
invite-lead = ستحصل على رابط ترسله إليه. يعمل الرابط مرة واحدة، لمدة { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
invite-role-legend = من تدعو؟
invite-role-hint = اختر واحدًا. يمكن أيضًا أن يكون لـ{ $name } حساب خاص به.
invite-role-parent-or-carer = أحد الوالدين أو من يرعى الطفل، غيرك أنت. يستطيع أن يرى ملفات كل أطفالك ويغيّرها.
invite-role-young-person = الطفل أو الشاب نفسه. يستطيع أن يكتب بكلماته، وأن يرى أهدافه.
invite-role-advocate = مناصر (advocate). يرى فقط ما تختاره أنت.
invite-role-professional = شخص من المدرسة أو من خدمة أخرى، مثل SENCo أو معالج. يرى فقط ما تختاره أنت، ويمكنه إضافة رأي المدرسة في نقطة المراجعة.
invite-for-name = اسمه (يمكنك أن تترك هذا فارغًا)
invite-for-name-hint = لكي تعرف أيّ رابط لمن.
invite-advocate-legend = للمناصر فقط
invite-advocate-hint = المناصر (advocate) شخص يساعدك أن تقول ما تريده. اختر ما يستطيع أن يراه.
invite-professional-legend = فقط لشخص من المدرسة أو من خدمة أخرى
invite-professional-hint = ثم اختر في الأسفل ما يمكنه رؤيته، كما تفعل للمناصر. إذا كان يمكنه الكتابة، فيمكنه إضافة رأي المدرسة فقط في نقطة المراجعة.
invite-job-legend = ما عمله؟
invite-organisation = مدرسته أو خدمته
invite-organisation-hint = مثلًا Riverside Academy. كل من يرى السجل يرى هذا بجانب اسمه.
invite-parts-legend = ماذا يستطيع أن يرى؟
invite-may-change-legend = هل يستطيع أن يكتب في الملف؟
invite-until-legend = حتى متى؟ (يمكنك أن تترك هذا فارغًا)
invite-until-hint = تتوقّف المشاركة في نهاية هذا اليوم. اتركه فارغًا لتستمر المشاركة إلى أن توقفها أنت. مثلًا: 31 3 2027.
invite-button = أنشئ الرابط
invitation-link-title = أرسل هذا الرابط
invitation-back = الرجوع إلى من يرى الملف
invitation-link-lead = أرسله فقط إلى الشخص الذي تدعوه. أي شخص معه هذا الرابط يستطيع أن يستخدمه.
invitation-link-label = الرابط
invitation-link-hint = انسخه وأرسله بأي طريقة تحبّها.
invitation-send-text = أرسله برسالة نصية
invitation-send-email = أرسله بالبريد الإلكتروني
invitation-email-subject = دعوة إلى Heard
invitation-message = هذه دعوة لك لترى ملفًا على Heard. افتح هذا الرابط لتقبل الدعوة: { $link }
invitation-qr-title = أو اعرض هذا الرمز
invitation-qr-lead = إذا كان الشخص معك، يستطيع أن يوجّه كاميرا هاتفه إلى هذا الرمز.
invitation-qr-label = رمز QR للرابط
invitation-expired-title = انتهت صلاحية هذا الرابط
invitation-expired-body = تعمل الروابط لمدة 7 أيام. اطلب من العائلة أن ترسل لك رابطًا جديدًا.
invitation-used-title = هذا الرابط استُخدم من قبل
invitation-used-body = كل رابط يعمل مرة واحدة فقط. اطلب من العائلة أن ترسل لك رابطًا جديدًا.
invitation-unknown-title = لم نجد هذه الدعوة
invitation-unknown-body = تأكّد أن الرابط عندك كاملًا. ربما ألغت العائلة الدعوة.
invitation-already-young-person-title = هذا الحساب له ملف خاص به من قبل
invitation-already-young-person-body = حساب الطفل أو الشاب يكون لملف واحد فقط. سجّل الدخول بحساب آخر، أو أنشئ حسابًا جديدًا.
invitation-already-with-family-title = هذا الرابط ليس لحسابك
invitation-already-with-family-body = حسابك له مكانه عند هذه العائلة من قبل، لذلك لا يستطيع أن يستخدم هذا الرابط أيضًا. لم يتغيّر شيء. الرابط ما زال يعمل للشخص الذي أُرسل إليه.
accept-title = عندك دعوة
accept-as-parent = { $from } يدعوك لتهتمّ معه بملفات { $children }.
accept-as-young-person = { $from } يدعوك ليكون لك حساب خاص بك، لملفك باسم { $name }.
accept-as-advocate = { $from } يدعوك لتساعد في ملف { $name }، بدور { $role }.
accept-your-name = اسمك
accept-your-name-hint = العائلة سترى هذا الاسم.
accept-signed-in-as = سجّلت الدخول بالبريد الإلكتروني { $email }.
accept-button = نعم، أقبل
accept-sign-in-first = لتقبل الدعوة، سجّل الدخول أو أنشئ حسابًا. الحساب مجاني.
accept-create-account = أنشئ حسابًا
accept-sign-in = سجّل الدخول
seen-title = من اطّلع على ملف { $name }
seen-lead = هنا كل من اطّلع على هذا الملف أو غيّر فيه شيئًا، والأحدث أولًا. زياراتك أنت لا تظهر هنا.
seen-none = لم يطّلع أحد غيرك على هذا الملف بعد.
seen-read = { $who } ({ $role }) اطّلع على «{ $part }».
seen-change = { $who } ({ $role }) غيّر شيئًا في «{ $part }».
seen-download = { $who } ({ $role }) نزّل الملف كاملًا.
seen-download-document = { $who } ({ $role }) نزّل مستندًا.
seen-link-opened = فُتح ملف المراجعة من رابط لـ { $who }.
seen-link-downloaded = نُزّل مستند من رابط لـ { $who }.
seen-when = { $date }، الساعة { $time }
seen-back = الرجوع إلى من يرى ملف { $name }
advocate-title = العائلات التي تساعدها
advocate-lead = هذه العائلات طلبت مساعدتك. ترى فقط ما اختارت كل عائلة أن تشاركه معك.
advocate-none = لم تشارك أي عائلة ملفًا معك بعد. عندما ترسل لك عائلة رابطًا، افتحه لتبدأ.
advocate-shared-by = شاركه معك: { $family }.
advocate-coming-up = المواعيد القادمة
advocate-nothing-coming = لا توجد مواعيد بعد.
professional-title = أطفال شاركت عائلاتهم سجلاتهم معك
professional-lead = شاركت العائلات هذه السجلات معك. ترى فقط ما اختارت كل عائلة أن تشاركه.
professional-none = لم تشارك أي عائلة سجلًا معك بعد. عندما ترسل لك عائلة رابطًا، افتحه لتبدأ.
professional-you-are = أنت هنا بصفتك: { $job_at }.
advocate-next-review = موعد مراجعة { $term }: { $date }
advocate-next-step = { $step }: { $date }
child-part-people = من يستطيع أن يرى هذا الملف، ومن اطّلع عليه.
child-part-documents = خطة EHC والتقارير والرسائل، محفوظة في مكان واحد.
child-part-notes = ملاحظات كتبتها المدرسة وأشخاص آخرون دعوتهم.

## Documents kept on the record
documents-title = مستندات { $name }
documents-title-own = مستنداتي
documents-lead = احفظ هنا خطة EHC والتقارير والرسائل. لا يستطيع تنزيلها إلا من يرى هذا الملف.
documents-saved = تم حفظ المستند.
documents-list-title = المستندات المحفوظة
documents-none = لا توجد مستندات هنا بعد.
documents-named = { $kind } بتاريخ { $date }
documents-added-by = أضافه { $who } في { $date }
documents-added-on = أُضيف في { $date }
documents-size-kb = { $kilobytes } كيلوبايت
documents-size-mb = { $megabytes } ميغابايت
documents-file-size-separator = {"، "}
documents-download = نزّل
documents-download-named = نزّل { $name }
documents-delete = احذف
documents-delete-sure = هل تريد حذف { $name } نهائيًا؟ لا يمكن استرجاعه.
documents-delete-confirm = نعم، احذفه
documents-delete-named = نعم، احذف { $name }
documents-add-title = أضف مستندًا
documents-kind-label = ما هذا المستند؟
documents-date-label = التاريخ المكتوب على المستند
documents-date-hint = مثلًا 27 3 2025
documents-note-label = ملاحظة (ليست مطلوبة)
documents-note-hint = مثلًا من كتبه أو عمّ يتحدث.
documents-file-label = اختر الملف، أو التقط صورة
documents-file-hint = ملف PDF أو صورة (JPEG أو PNG أو HEIC) أو ملف Word. حجمه حتى { $megabytes } ميغابايت.
documents-add-button = أضف المستند
documents-kind-needed = اختر نوع المستند.
documents-date-needed = اكتب التاريخ المكتوب على المستند، مثلًا 27 3 2025.
documents-note-too-long = الملاحظة طويلة جدًا. اجعلها { $max } حرفًا أو أقل.
documents-no-file = اختر ملفًا أولًا.
documents-not-a-document = هذا ليس ملف PDF ولا صورة ولا ملف Word، لذلك لا يستطيع Heard حفظه. تأكد أنه الملف الصحيح.
documents-too-big = هذا الملف كبير جدًا. يمكن أن يكون حجم الملف حتى { $megabytes } ميغابايت.
documents-no-room = لا توجد مساحة لمستندات أخرى في هذا الملف. يحفظ Heard حتى { $megabytes } ميغابايت. احذف مستندًا لا تحتاجه لتوفير مساحة.
documents-failed = تعذّر حفظ المستند. يُرجى المحاولة مرة أخرى.
document-kind-ehc-plan = خطة EHC
document-kind-draft-plan = مسودة خطة EHC
document-kind-report = تقرير
document-kind-letter = رسالة
document-kind-other = شيء آخر

## Notes from school and others (pages/notes.rs)
notes-title = ملاحظات من المدرسة وغيرها
notes-lead = ملاحظات كتبتها المدرسة وأشخاص آخرون دعتهم العائلة. كل ملاحظة تقول من كتبها.
notes-family-hint = يمكنك حذف ملاحظة. لا يستطيع تغيير كلماتها إلا الشخص الذي كتبها.
notes-list-title = الملاحظات
notes-none = لا توجد ملاحظات بعد.
notes-about = عن يوم { $date }
notes-about-child = ملاحظات من المدرسة وغيرها عن { $name }
notes-change = غيّر هذه الملاحظة
notes-change-named = غيّر الملاحظة عن يوم { $date }
notes-delete = احذف هذه الملاحظة
notes-delete-sure = هل تريد حذف الملاحظة عن يوم { $date }؟ لا يمكن استرجاعها.
notes-delete-confirm = نعم، احذفها
notes-delete-named = نعم، احذف الملاحظة عن يوم { $date }
notes-add-title = أضف ملاحظة
notes-about-label = عن أي يوم هذه الملاحظة؟
notes-about-hint = مثلًا 3 12 2026.
notes-text-label = ملاحظتك
notes-text-hint = اكتبها بكلمات بسيطة. ستقرؤها العائلة مع اسمك وعملك ومدرستك.
notes-add-button = أضف الملاحظة
notes-edit-title = غيّر ملاحظتك
notes-save-button = احفظ الملاحظة
notes-back = ارجع إلى الملاحظات

written-with-young-person = الطفل أو الشاب
written-with-family = العائلة
written-by-advocate-with = كتبه المناصر { $who } مع { $with }، في { $date }.
about-me-your-own-words = أنت تكتب بكلماتك أنت.
goals-written-by-advocate = كتبه المناصر { $who } مع { $with }.
my-page-title = صفحتي
my-page-title-theirs = صفحة { $name } الخاصة
my-page-words-title = ما قلته
my-page-words-none = لا شيء بعد. يمكنك أن تكتب شيئًا في الأسفل، أو أن ترتّب بطاقات الصور.
my-page-write-label = اكتب شيئًا عن نفسك
my-page-write-hint = ما يهمّك، وما تحبّه، أو ما تريده. استخدم كلماتك أنت.
my-page-write-save = احفظ ما كتبته
my-page-goals-title = أهدافي
my-page-goals-none = لا توجد أهداف بعد.
my-page-goal-latest = آخر مرة: { $rating }
my-page-goal-not-rated = لم يُقيَّم بعد.
my-page-progress-link = انظر كيف تسير أهدافي
my-page-cards-title = بطاقات الصور
my-page-cards-lead = ضع كل بطاقة في المكان الذي يناسبك: يعجبني، أو لا أدري، أو لا يعجبني.
my-page-voice-title = تسجيلات صوتية
my-page-voice-lead = يمكنك أن تقول رأيك بصوتك. نحفظ التسجيل مع ملفك.
my-page-voice-typed = ويمكنك أيضًا أن تكتب بدلًا من ذلك، في المربّع في الأعلى.
my-page-voice-needs-js = التسجيل في هذه الصفحة يحتاج إلى JavaScript، وهو متوقّف في هذا المتصفّح. يمكنك أن تسجّل بهاتفك ثم ترفع التسجيل هنا.
my-page-voice-upload-label = ارفع تسجيلًا
my-page-voice-upload-hint = تسجيل من مسجّل الصوت في هاتفك. يمكن أن يكون حتى { $megabytes } ميغابايت.
my-page-voice-upload-button = ارفعه
my-page-voice-upload-saved = حُفظ تسجيلك. يمكنك أن تستمع إليه في الأسفل.
my-page-voice-upload-none = اختر تسجيلًا أولًا، ثم اضغط «ارفعه».
pile-like = يعجبني
pile-not-sure = لا أدري
pile-dont-like = لا يعجبني
pile-unsorted = لم تُرتَّب بعد
pile-count = { $count ->
    [zero] { $count } بطاقة
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $count } بطاقات
    [many] { $count } بطاقة
   *[other] { $count } بطاقة
}
card-put-in = { $card }: { $pile }
card-put-back = أرجِعها
card-put-back-named = أرجِع بطاقة { $card }
card-number = البطاقة { $number } من { $total }
card-skip = تخطَّ هذه البطاقة
card-sorted = بطاقة «{ $card }» الآن في المجموعة: { $pile }.
card-unsorted = عادت بطاقة «{ $card }» إلى البطاقات التي لم تُرتَّب بعد.
cards-all-sorted = لقد رتّبت كل البطاقات.
cards-piles-title = المجموعات حتى الآن
cards-piles-hint = لنقل بطاقة إلى مجموعة أخرى، اضغط على اسمها.
voice-note-start = سجّل تسجيلًا صوتيًا
voice-note-stop = أوقِف
voice-note-save = احفظه
voice-note-again = ابدأ من جديد
voice-note-recording = التسجيل جارٍ. اضغط «أوقِف» عندما تنتهي.
voice-note-saving = جارٍ الحفظ…
voice-note-saved = تمّ الحفظ.
voice-note-not-supported = هذا المتصفّح لا يستطيع تسجيل الصوت. يمكنك أن تكتب بدلًا من ذلك.
voice-note-microphone-refused = لم نستطع استخدام الميكروفون. تأكّد أنه مسموح به، أو اكتب بدلًا من ذلك.
voice-note-write-link = اكتبه في المربّع في الأعلى بدلًا من ذلك
voice-note-failed = لم يُحفظ. لم يضِع شيء. حاول مرة أخرى.
voice-note-not-audio = هذا ليس تسجيلًا صوتيًا يستطيع Heard حفظه. حاول التسجيل مرة أخرى.
voice-note-too-big = هذا التسجيل الصوتي كبير جدًا ولا يمكن حفظه. جرّب تسجيلًا أقصر.
voice-note-no-room = لا يوجد مكان لتسجيلات صوتية أخرى. احذف تسجيلًا قديمًا، ثم احفظ هذا التسجيل مرة أخرى.
voice-note-too-often = { $minutes ->
    [zero] حفظت تسجيلات صوتية كثيرة في هذه الساعة. انتظر { $minutes } دقيقة، ثم احفظ هذا التسجيل مرة أخرى.
    [one] حفظت تسجيلات صوتية كثيرة في هذه الساعة. انتظر دقيقة واحدة، ثم احفظ هذا التسجيل مرة أخرى.
    [two] حفظت تسجيلات صوتية كثيرة في هذه الساعة. انتظر دقيقتين، ثم احفظ هذا التسجيل مرة أخرى.
    [few] حفظت تسجيلات صوتية كثيرة في هذه الساعة. انتظر { $minutes } دقائق، ثم احفظ هذا التسجيل مرة أخرى.
    [many] حفظت تسجيلات صوتية كثيرة في هذه الساعة. انتظر { $minutes } دقيقة، ثم احفظ هذا التسجيل مرة أخرى.
   *[other] حفظت تسجيلات صوتية كثيرة في هذه الساعة. انتظر { $minutes } دقيقة، ثم احفظ هذا التسجيل مرة أخرى.
}
voice-note-listen-back = استمع إلى تسجيلك
voice-note-from = تسجيل صوتي من { $date }
voice-note-delete = احذف
voice-note-delete-named = احذف التسجيل الصوتي من { $date }
rights-16-title = أن تقرّر من يرى الملف
rights-16-you-can = كبرت الآن بما يكفي لتقرّر من يرى ملفك. القانون يقول إن هذا يبدأ في نهاية Year 11 (الصف 11)، عندما يكون عمرك 16 سنة تقريبًا.
rights-16-help = إذا أردت، يمكنك أن تختار من يراه. وما زالت عائلتك تستطيع أن تساعدك.
rights-16-take-control = أريد أن أقرّر بنفسي من يرى ملفي
rights-16-you-decide = أنت الذي يقرّر من يرى ملفك.
rights-16-who-can-see = انظر من يستطيع أن يراه، وغيّر ذلك
rights-16-they-can = كبر { $name } الآن بما يكفي ليقرّر من يرى هذا الملف. يستطيع أن يختار ذلك في صفحته الخاصة.
rights-16-they-decide = { $name } هو الذي يقرّر الآن من يرى هذا الملف.
card-music = الموسيقى
card-music-picture = سمّاعات رأس
card-drawing = الرسم
card-drawing-picture = قلم رصاص يرسم خطًا
card-sport = الرياضة
card-sport-picture = كرة قدم
card-swimming = السباحة
card-swimming-picture = شخص يسبح بين الأمواج
card-animals = الحيوانات
card-animals-picture = وجه كلب
card-outdoors = الخروج إلى الهواء الطلق
card-outdoors-picture = شجرة وشمس
card-games = ألعاب الكمبيوتر
card-games-picture = يد تحكّم للألعاب
card-books = الكتب
card-books-picture = كتاب مفتوح
card-cooking = الطبخ
card-cooking-picture = وعاء وملعقة
card-dancing = الرقص
card-dancing-picture = شخص يرقص على الموسيقى
card-building = بناء الأشياء
card-building-picture = مكعّبات بناء فوق بعضها
card-trains = القطارات
card-trains-picture = قطار
card-friends = الوقت مع الأصدقاء
card-friends-picture = شخصان جنبًا إلى جنب
card-quiet-place = مكان هادئ
card-quiet-place-picture = خيمة صغيرة تحت القمر
card-loud-noise = الأصوات العالية
card-loud-noise-picture = مكبّر صوت تخرج منه موجات صوت كبيرة
card-crowds = الزحام
card-crowds-picture = ناس كثيرون قريبون من بعضهم
your-data-title = بيانات { $name }
your-data-lead = هذا الملف ملكك. يمكنك أن تأخذ نسخة منه في أي وقت، أو أن تحذفه.
your-data-download-title = خذ نسخة
your-data-download-lead = الملف الذي تنزّله فيه كل ما نحفظه عن هذا الطفل. تستطيع خدمات أخرى أن تقرأه. والنسخة المخصّصة للقراءة فيها الأشياء نفسها، جاهزة للطباعة.
your-data-download = نزّل كل شيء في ملف
your-data-copy = اقرأ نسخة واطبعها
your-data-delete-title = احذف هذا الملف
your-data-delete-lead = هذا يحذف كل شيء عن { $name }، إلى الأبد.
your-data-delete = احذف ملف { $name }
your-data-account-title = حسابك
your-data-account-link = احذف حسابك
record-copy-title = كل شيء عن { $name }
record-copy-back = الرجوع إلى بياناتك
record-copy-print = استخدم زرّ الطباعة في متصفّحك لتطبع هذه الصفحة، أو لتحفظها كملف PDF.
record-copy-details = التفاصيل
record-copy-voice-notes = { $count ->
    [zero] { $count } تسجيل صوتي. الصوت موجود في الملف الذي يمكنك تنزيله.
    [one] تسجيل صوتي واحد. الصوت موجود في الملف الذي يمكنك تنزيله.
    [two] تسجيلان صوتيان. الصوت موجود في الملف الذي يمكنك تنزيله.
    [few] { $count } تسجيلات صوتية. الصوت موجود في الملف الذي يمكنك تنزيله.
    [many] { $count } تسجيلًا صوتيًا. الصوت موجود في الملف الذي يمكنك تنزيله.
   *[other] { $count } تسجيل صوتي. الصوت موجود في الملف الذي يمكنك تنزيله.
}
delete-not-confirmed = ضع علامة في المربّع لتقول إنك فهمت.
delete-wrong-password = هذه ليست كلمة المرور الخاصة بك. اكتبها مرة أخرى.
delete-cannot-undo = لا يمكنك التراجع عن هذا.
delete-child-title = احذف ملف { $name }
delete-child-what = سيُحذف كل شيء عن { $name }: «كل شيء عنّي»، والأهداف، ومواعيد المراجعة، والخدمات المحفوظة، وبطاقات الصور، والتسجيلات الصوتية، ومن يستطيع أن يرى الملف، ومن اطّلع عليه. لا أحد يستطيع أن يعيده، ولا حتى نحن.
delete-child-first = ربما تريد أن تأخذ نسخة أولًا.
delete-child-confirm = أفهم أن ملف { $name } سيُحذف إلى الأبد.
delete-child-button = احذف ملف { $name }
delete-keep = لا، أبقِه
delete-account-title = احذف حسابك
delete-account-what = سيُحذف حسابك: لن تستطيع أن تسجّل الدخول به مرة أخرى.
delete-account-family = إذا كنت الوحيد في عائلتك من الوالدين أو ممّن يرعون الأطفال، ستُحذف ملفات أطفالك أيضًا. إذا كان في العائلة شخص آخر من الوالدين أو ممّن يرعون الأطفال، تبقى الملفات معه.
delete-account-first = ربما تريد أن تأخذ نسخة من ملف كل طفل أولًا. يمكنك ذلك في صفحة «من يرى الملف» لكل طفل.
delete-account-password = كلمة المرور
delete-account-confirm = أفهم أن حسابي سيُحذف إلى الأبد.
delete-account-button = احذف حسابي
account-deleted-title = حُذف حسابك
account-deleted-body = حذفنا حسابك وكل ما كان فيه.
account-deleted-home = اذهب إلى الصفحة الرئيسية
account-title = حسابك
account-lead = اسمك، وبريدك الإلكتروني، وكيف يبدو Heard لك.
account-you = عنك
account-name = اسمك
account-name-not-given = لم يُعطَ بعد
account-name-change = غيّر اسمك
account-email = عنوان البريد الإلكتروني
account-reading = اللغة والقراءة
account-language-change = غيّر اللغة
account-reading-change = غيّر شكل الصفحات
account-leaving = مغادرة Heard
account-name-title = اسمك
account-name-hint = الأشخاص الذين يرون سجل طفلك يرون هذا الاسم. مثلًا مدرسة طفلك أو المدافع عنك.
account-name-save = احفظ اسمك
account-emails-change = اختر الرسائل التي تصلك بالبريد الإلكتروني
account-signing-in = كيف تسجّل الدخول
account-passkeys = سجّل الدخول بدون كلمة مرور: مفاتيح المرور الخاصة بك
account-back = ارجع إلى حسابك
account-name-saved = تم حفظ اسمك.
people-your-data = خذ نسخة من هذا الملف، أو احذفه
family-my-page = اذهب إلى صفحتي
family-families-you-help = { $count ->
    [zero] العائلات التي تساعدها ({ $count })
    [one] العائلة التي تساعدها
    [two] العائلتان اللتان تساعدهما
    [few] العائلات التي تساعدها ({ $count })
    [many] العائلات التي تساعدها ({ $count })
   *[other] العائلات التي تساعدها ({ $count })
}
people-stop-parent = أوقف اطّلاعه على ملفي
people-stop-parent-named = أوقف اطّلاع { $name } على ملفي
saved-services-saved-by-advocate = حفظه المناصر { $who } مع { $with }.

## Email
# The test email an operator sends with `heard mail-test`.
mail-test-subject = يستطيع Heard إرسال البريد الإلكتروني
mail-test-body = هذه رسالة تجريبية من Heard. تُظهر أن Heard يستطيع إرسال البريد الإلكتروني. لا تحتاج إلى فعل أي شيء.

## Reminders by email, and which emails a person wants
coming-up-prepare-for = استعدّ للمراجعة: { $name }
invite-email = بريده الإلكتروني (يمكنك أن تترك هذا فارغًا)
invite-email-hint = إذا كتبته، يرسل Heard الرابط إليه بالبريد الإلكتروني. وسترى الرابط أيضًا في الصفحة التالية.
error-invite-email-invalid = اكتب البريد الإلكتروني بالشكل الصحيح، مثل name@example.com، أو اتركه فارغًا.
email-choices-title = رسائل البريد من Heard
email-choices-lead = يستطيع Heard أن يرسل إليك رسالة عندما يقترب موعد، أو عندما يتغيّر شيء. اختر الرسائل التي تريدها.
email-choices-legend = أرسل إليّ رسالة عندما
email-choices-hint = أزل العلامة عن الرسائل التي لا تريدها. لا نكتب اسم الطفل أبدًا في عنوان الرسالة.
email-choice-review-soon = يبقى أسبوعان على موعد مراجعة
email-choice-deadline = يبقى أسبوع على موعد يحدّده القانون، أو يكون الموعد قد مرّ
email-choice-invitation = يدعوني شخص لأرى ملف طفل
email-choice-record-changed = يغيّر شخص من خارج العائلة ملف طفل
email-choice-access-ending = يستطيع مناصر أن يرى ملفًا لأسبوع واحد فقط بعد
email-choices-button = احفظ اختياراتي
email-choices-saved = تم حفظ اختياراتك.
email-choices-not-saved = لم يتم حفظ اختياراتك. حاول مرة أخرى من فضلك.
reminder-hello = مرحبًا { $name }،
reminder-hello-no-name = مرحبًا،
reminder-footer = يمكنك أن تختار هنا الرسائل التي يرسلها إليك Heard: { $link }
reminder-review-subject = موعد مراجعة بعد أسبوعين
reminder-review-body = موعد مراجعة { $term } لـ { $name } هو { $date }.
reminder-review-prepare = يمكنك أن تستعدّ له هنا. اكتب ما ينجح، وما لا ينجح، وما تريد أن تسأل عنه: { $link }
reminder-deadline-soon-subject = موعد يحدّده القانون بعد أسبوع
reminder-deadline-soon-body = لـ { $name }: { $step }. يجب أن يحدث هذا قبل { $date }.
reminder-deadline-passed-subject = مرّ موعد يحدّده القانون
reminder-deadline-passed-body = لـ { $name }: { $step }. كان يجب أن يحدث هذا قبل { $date }.
reminder-deadline-more = يمكنك أن ترى هنا ماذا يعني هذا، وماذا تستطيع أن تفعل: { $link }
reminder-invitation-subject = أنت مدعو لترى ملفًا على Heard
reminder-invitation-someone = شخص ما
reminder-invitation-body = دعاك { $who } لترى ملف طفل على Heard.
reminder-invitation-link = لتقول نعم، افتح هذا الرابط. يعمل مرة واحدة، حتى { $date }: { $link }
reminder-invitation-not-you = إذا كنت لا تعرف { $who }، فلا تحتاج إلى فعل أي شيء.
reminder-changed-subject = غيّر شخص ملفًا تعتني به
reminder-changed-body = غيّر { $who } ملف { $name } في { $date }. غيّر: { $parts }.
reminder-changed-look = يمكنك أن ترى هنا من نظر إلى الملف ومن غيّره: { $link }
reminder-ending-advocate-subject = تستطيع أن ترى ملفًا لأسبوع واحد بعد
reminder-ending-advocate-body = تستطيع أن ترى ملف { $name } حتى { $date }. بعد ذلك لن تستطيع أن تراه.
reminder-ending-advocate-ask = إذا كنت ما زلت تحتاج إليه، فاطلب من العائلة أن تشاركه معك مرة أخرى.
reminder-ending-family-subject = يستطيع مناصر أن يرى ملفًا لأسبوع واحد بعد
reminder-ending-family-body = يستطيع { $who } أن يرى ملف { $name } حتى { $date }. بعد ذلك لن يستطيع أن يراه.
reminder-ending-family-share = إذا كان ما زال يحتاج إليه، يمكنك أن تشاركه مرة أخرى هنا: { $link }
invitation-emailed = يرسل Heard هذا الرابط أيضًا بالبريد الإلكتروني إلى { $address }.
# البريد الإلكتروني للحساب وكلمة المرور، والرسائل عنهما. DRAFT، لم تتم مراجعتها بعد.
error-email-same-as-now = هذا هو بريدك الإلكتروني الآن. اكتب بريدًا جديدًا.
error-current-password-wrong = هذه ليست كلمة المرور الخاصة بك. اكتب كلمة المرور التي تستخدمها الآن.
error-too-many-emails = { $minutes ->
    [zero] أرسلنا رسائل كثيرة إلى هذا العنوان. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
    [one] أرسلنا رسائل كثيرة إلى هذا العنوان. انتظر دقيقة واحدة، ثم حاول مرة أخرى.
    [two] أرسلنا رسائل كثيرة إلى هذا العنوان. انتظر دقيقتين، ثم حاول مرة أخرى.
    [few] أرسلنا رسائل كثيرة إلى هذا العنوان. انتظر { $minutes } دقائق، ثم حاول مرة أخرى.
    [many] أرسلنا رسائل كثيرة إلى هذا العنوان. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
   *[other] أرسلنا رسائل كثيرة إلى هذا العنوان. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
}
field-new-email = البريد الإلكتروني الجديد
field-new-password = كلمة المرور الجديدة
field-current-password = كلمة المرور التي تستخدمها الآن
sign-in-forgot-link = هل نسيت كلمة المرور؟
confirm-banner-title = أكّد بريدك الإلكتروني
confirm-banner-sent = أرسلنا رابطًا إلى { $email }. افتحه لتأكيد بريدك الإلكتروني.
confirm-banner-deleted-on = إذا لم تؤكده، سنحذف هذا الحساب وكل ما فيه يوم { $date }.
confirm-banner-again = أرسل الرابط مرة أخرى
confirm-banner-wrong-address = هل هذا البريد الإلكتروني خطأ؟ غيّره
confirm-first = يمكنك مشاركة السجل بعد أن تؤكد بريدك الإلكتروني. ابحث عن رسالتنا، أو أرسل الرابط مرة أخرى.
confirm-email-title = أكّد بريدك الإلكتروني
confirm-email-intro = اضغط على الزر لتؤكد أن هذا بريدك الإلكتروني.
confirm-email-button = أؤكد بريدي الإلكتروني
confirm-email-done = شكرًا لك. تم تأكيد بريدك الإلكتروني.
confirm-email-continue = تابع
confirm-email-taken = هناك حساب آخر له هذا البريد الإلكتروني الآن، لذلك لم نغيّر شيئًا. سجّل الدخول إلى ذلك الحساب، أو استخدم بريدًا إلكترونيًا آخر.
confirm-again-title = أرسل الرابط مرة أخرى
confirm-again-intro = سنرسل رابطًا جديدًا إلى { $email }.
confirm-again-sent = أرسلنا رابطًا جديدًا إلى { $email }. انظر في بريدك. قد يكون في مجلد الرسائل غير المرغوب فيها.
link-spent = هذا الرابط لا يعمل الآن. استُخدم من قبل، أو أصبح قديمًا.
link-spent-new-password = احصل على رابط جديد لعمل كلمة مرور جديدة
forgot-title = هل نسيت كلمة المرور؟
forgot-intro = اكتب بريدك الإلكتروني. إذا كان لك حساب، سنرسل لك رابطًا لعمل كلمة مرور جديدة.
forgot-button = أرسل لي رابطًا
forgot-sent = إذا كان هناك حساب بهذا البريد الإلكتروني، فقد أرسلنا إليه رابطًا. انظر في بريدك. قد يكون في مجلد الرسائل غير المرغوب فيها.
forgot-sent-hour = الرابط يعمل لمدة ساعة واحدة، ومرة واحدة فقط.
reset-title = اعمل كلمة مرور جديدة
reset-intro = اختر كلمة مرور جديدة. سنُخرجك من الحساب على كل الأجهزة الأخرى.
reset-button = احفظ كلمة المرور الجديدة
change-email-title = غيّر بريدك الإلكتروني
change-email-now = بريدك الإلكتروني الآن هو { $email }.
change-email-intro = سنرسل رابطًا إلى بريدك الإلكتروني الجديد. لن يتغير شيء حتى تفتحه.
change-email-button = أرسل لي رابطًا
change-email-sent = أرسلنا رابطًا إلى { $email }. افتحه لتأكيد بريدك الإلكتروني الجديد.
change-email-until = الرابط يعمل لمدة 24 ساعة. حتى ذلك الوقت، يبقى بريدك الإلكتروني كما هو.
change-password-title = غيّر كلمة المرور
change-password-button = احفظ كلمة المرور الجديدة
change-password-done = تم تغيير كلمة المرور. أخرجناك من الحساب على كل الأجهزة الأخرى.
sign-out-everywhere-title = اخرج من الحساب على كل الأجهزة
sign-out-everywhere-intro = استخدم هذا إذا دخلت إلى حسابك على هاتف أو حاسوب لم تعد تستخدمه، أو إذا ظننت أن شخصًا آخر يستطيع الدخول. ستحتاج إلى تسجيل الدخول هنا أيضًا مرة أخرى.
sign-out-everywhere-button = اخرج من الحساب على كل الأجهزة
mail-hello = مرحبًا،
mail-not-you-nothing-to-do = إذا لم تكن أنت، فلا تحتاج إلى فعل أي شيء.
mail-confirm-subject = أكّد بريدك الإلكتروني في Heard
mail-confirm-why = عملت حسابًا في Heard بهذا البريد الإلكتروني.
mail-confirm-open = لتؤكد أنه بريدك، افتح هذا الرابط:
mail-confirm-deleted-on = إذا لم تؤكده، سنحذف الحساب وكل ما فيه يوم { $date }.
mail-taken-subject = حاول شخص عمل حساب في Heard ببريدك الإلكتروني
mail-taken-why = حاول شخص عمل حساب جديد في Heard بهذا البريد الإلكتروني. لديك حساب به من قبل، لذلك لم يتغير شيء.
mail-taken-sign-in = إذا كنت أنت، سجّل الدخول هنا:
mail-taken-forgot = إذا نسيت كلمة المرور، يمكنك عمل كلمة جديدة هنا:
mail-taken-not-you = إذا لم تكن أنت، فلا تحتاج إلى فعل أي شيء. حسابك آمن.
mail-new-email-subject = أكّد بريدك الإلكتروني الجديد في Heard
mail-new-email-why = طلبت تغيير البريد الإلكتروني لحسابك في Heard إلى هذا البريد.
mail-new-email-open = للتأكيد، افتح هذا الرابط. يعمل لمدة 24 ساعة:
mail-new-email-until = حتى تفتحه، يبقى لحسابك بريده الإلكتروني القديم.
mail-email-changed-subject = تغيّر البريد الإلكتروني لحسابك في Heard
mail-email-changed-body = البريد الإلكتروني لحسابك في Heard الآن هو { $email }. من الآن سنرسل الرسائل إليه.
mail-email-changed-not-you = إذا لم تفعل هذا، ردّ على هذه الرسالة لتخبرنا.
mail-reset-subject = اعمل كلمة مرور جديدة في Heard
mail-reset-why = طلب شخص عمل كلمة مرور جديدة لحسابك في Heard.
mail-reset-open = لعمل كلمة مرور جديدة، افتح هذا الرابط. يعمل لمدة ساعة واحدة، ومرة واحدة فقط:
mail-reset-not-you = إذا لم تطلب هذا، فلا تحتاج إلى فعل أي شيء. كلمة المرور لم تتغير.
