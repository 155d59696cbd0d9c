# Heard: English (United Kingdom). The reference locale: every other locale must have every message here.
# Plain words: short sentences, everyday words, jargon explained where it appears.

## Every page
service-name = Heard
skip-to-content = Skip to main content
nav-label = Main menu
nav-family = Your family
nav-language = Language
nav-reading-options = Reading options
nav-sign-out = Sign out
nav-account = Your account
footer-help = Help
footer-privacy = Privacy
footer-about = Heard is for families of children and young people with special educational needs and disabilities (SEND) in England.
title-error-prefix = Error:
# A link's whole name for screen readers: what it does, then what it is about ("Change: Things people like").
link-about = { $action }: { $about }

## Forms and errors
error-summary-title = There is a problem
field-email = Email address
field-password = Password
error-email-missing = Enter your email address.
error-email-invalid = Enter your email address in the right form, like name@example.com.
error-password-missing = Enter your password.
error-password-too-short = Your password must have at least { $min } characters.
error-password-too-long = Your password must have { $max } characters or fewer.
error-wrong-email-or-password = The email address or password is not right. Check them and try again.
error-too-many-tries = { $minutes ->
    [one] There have been too many tries to sign in. Wait { $minutes } minute, then try again.
   *[other] There have been too many tries to sign in. Wait { $minutes } minutes, then try again.
}
error-too-many-new-accounts = { $minutes ->
    [one] A lot of new accounts have been made from this internet connection in the last hour. Wait { $minutes } minute, then try again.
   *[other] A lot of new accounts have been made from this internet connection in the last hour. Wait { $minutes } minutes, then try again.
}
error-unavailable = Something went wrong on our side. What you typed is still here. Please try again in a few minutes.
error-cross-site = This form came from another website, so Heard did not accept it. Go back to Heard and try again.
error-too-long-title = Your writing is too long to save
error-too-long-body = We have not saved anything. There is too much writing to save at once.
error-too-long-back = Use the Back button in your browser to go back. Your writing will still be there. Make some of it shorter, then save again.

## Home
home-title = Heard: your child's views, goals and support
home-lead = Heard helps you write down what matters to your child, and keep track of the help they get.
home-what-title = What you can do
home-what-views = Write down your child's views and wishes, in their own words if they like.
home-what-goals = Set goals and see how each one is going, at the three review points in the school year.
home-what-services = Find help near you in your council's Local Offer. That is the council's list of support for children and young people with SEND.
home-send-explained = SEND means special educational needs and disabilities.
home-yours = What you write belongs to your family. You choose who sees it.
home-create-account = Create an account
home-sign-in = Sign in
home-go-to-family = Go to your family

## Create an account
create-account-title = Create an account
create-account-intro = You need an account to keep your child's record safe. It is free.
create-account-email-hint = We only use this to sign you in.
create-account-password-hint = Use at least { $min } characters. A few words together are easy to remember and hard to guess.
create-account-button = Create account
create-account-have-one = Already have an account?
create-account-sign-in-link = Sign in

## Sign in
sign-in-title = Sign in
sign-in-button = Sign in
sign-in-no-account = No account yet?
sign-in-create-link = Create an account

## Passkeys: signing in with a phone's or computer's lock (sign-in page and /account/passkeys)
passkey-sign-in-title = Or use a passkey
passkey-sign-in-what = A passkey lets you sign in with the lock on your phone or computer. You do not need your password.
passkey-sign-in-button = Sign in with a passkey
passkeys-title = Passkeys
passkeys-lead = A passkey lets you sign in without your password. It uses the way you unlock your phone or computer: your face, your fingerprint or a PIN. Your password still works too.
passkeys-none = You have no passkeys yet.
passkeys-yours = Your passkeys
passkeys-added = Added on { $date }.
passkeys-last-used = Last used on { $date }.
passkeys-not-used = Not used yet.
passkeys-remove-link = Remove { $name }
passkeys-remove-title = Remove the passkey “{ $name }”?
passkeys-remove-what = You will not be able to sign in with it any more. You can still sign in with your password.
passkeys-remove-button = Yes, remove it
passkeys-keep = No, keep it
passkeys-need-browser = To add a passkey, use a browser that can make passkeys, with JavaScript turned on.
passkeys-add-title = Add a passkey
passkeys-add-what = Your phone or computer will ask you to unlock it. Then you can use it to sign in here.
passkeys-name-label = A name for this passkey
passkeys-name-hint = So you know which one it is. For example: My phone
passkeys-add-button = Add a passkey
passkey-error-signed-out = You are signed out. Sign in again, then add the passkey.
passkey-error-name-missing = Give the passkey a name, so you know which one it is.
passkey-error-name-too-long = The name is too long. Use { $max } letters or fewer.
passkey-error-not-started = That took too long, or the page was old. Please try again.
passkey-error-not-recognised = We did not know that passkey. Try again, or sign in with your email and password.
passkey-error-already-added = This phone or computer already has a passkey for your account.
passkey-error-cancelled = The passkey was not used. You can try again, or use your password.

## Your family
family-title = Your family
family-signed-in-as = You are signed in as { $email }.
family-children-title = Your children
family-no-children = You have not added a child yet. Add each child here, then write down what matters to them.
family-signed-out = Please sign in to see your family.

## Reading options
reading-title = Reading options
reading-intro = Change how pages look, so they are easier for you to read. You can change them again at any time.
reading-text-size = Text size
reading-text-size-standard = Standard
reading-text-size-large = Large
reading-text-size-largest = Largest
reading-spacing = Space between lines and letters
reading-spacing-hint = More space can make text easier to follow.
reading-spacing-standard = Standard
reading-spacing-wide = Wider
reading-font = Font
reading-font-standard = Standard
reading-font-dyslexia = A font some people with dyslexia find easier (OpenDyslexic)
reading-theme = Colours
reading-theme-auto = The same as my device
reading-theme-light = Light
reading-theme-dark = Dark
reading-theme-contrast = High contrast
reading-motion = Movement on the page
reading-motion-auto = The same as my device
reading-motion-reduce = Less movement
reading-kept = We keep your choice on this device. When you are signed in, we also keep it with your account.
reading-save = Save reading options
reading-saved = Your reading options are saved.
reading-back = Go back to where you were

## Language
language-title = Language
language-legend = Which language do you want to use?
language-hint = Each language is shown in its own words.
language-button = Use this language

## Privacy
privacy-title = Privacy
privacy-lead = Your family's information is private. This page says what we keep and why.
privacy-what-title = What we keep
privacy-what = Your email address, and a scrambled form of your password that nobody can read back. And what you write about your child.
privacy-who-title = Who can see it
privacy-who = Only your family. A school, council or advocate sees something only if you choose to share it with them.
privacy-cookies-title = Cookies
privacy-cookie-session = One cookie keeps you signed in. It goes away when you sign out.
privacy-cookie-language = One cookie remembers your language.
privacy-cookie-reading = One cookie remembers your reading options.
privacy-cookie-device = One cookie shows that you have signed in on this device before. If someone else tries to guess your password, you can still sign in here.
privacy-no-tracking = We do not use cookies to track you, and we do not load anything from other websites.
privacy-on-this-phone = Heard keeps some of its own files on this phone, so pages open faster. These are pictures, styles and code. It also keeps a page to show when you are offline. It keeps your child's record there only if you choose "Keep on this phone" on their record, and removes it when you sign out. It also keeps what you are typing, until you save it.
privacy-rights-title = Your rights
privacy-rights = You can ask to see everything we keep about you, to change it, or to delete it.

## Offline (the page the service worker shows without a connection)
offline-title = You are offline
offline-lead = This page needs the internet. Your phone is not connected at the moment.
offline-kept = Anything you were typing in Heard is kept on this phone. It will be there when you open the page again.
offline-try-again = Try again

## Help
help-title = Help
help-using-title = Using Heard
help-reading-options = Make text bigger, change colours or the font
help-language = Change the language
help-advice-title = Free advice
help-sendiass = Every council has a SENDIASS. It gives free advice about SEND that does not take sides. Search for "SENDIASS" and the name of your council.
help-words-title = Words you might hear
glossary-send = SEND
glossary-send-meaning = Special educational needs and disabilities.
glossary-sen-support = SEN support
glossary-sen-support-meaning = Extra help at school without an EHC plan.
glossary-ehc-plan = EHC plan
glossary-ehc-plan-meaning = Education, health and care plan. A legal plan of the support a child or young person must get.
glossary-local-offer = Local Offer
glossary-local-offer-meaning = The council's list of local support for children and young people with SEND, from birth to 25.
glossary-sendiass = SENDIASS
glossary-sendiass-meaning = A free service that gives advice about SEND and does not take sides.

## Page not found
not-found-title = Page not found
not-found-body = We could not find that page. If you typed the address, check it is right.
not-found-home = Go to the home page

## Dates typed in three boxes
date-day = Day
date-month = Month
date-year = Year

## What happens next
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }
timeline-title = What happens next
timeline-intro = The law sets a date for each step. Each step should happen by its date at the latest.
timeline-next-summary = The next step: { $step }. This should happen by { $date }.
timeline-next-when = { $days ->
    [0] That is today.
    [1] That is tomorrow.
   *[other] That is in { $days } days.
}
timeline-by = By { $date }
timeline-state-done = Done
timeline-state-overdue = Overdue
timeline-state-next = Next
timeline-state-later = Later
timeline-step-decide-assess = The council decides whether to do an EHC needs assessment
timeline-step-decide-assess-detail = An EHC needs assessment is when the council checks if your child needs an EHC plan. The council must tell you if it will do one within 6 weeks of you asking.
timeline-step-decide-plan = The council decides whether to make an EHC plan
timeline-step-decide-plan-detail = An EHC plan is a legal plan of the help your child must get. The council must tell you if it will make one within 16 weeks of you asking for the assessment.
timeline-step-comment-draft = You say what you think of the draft plan
timeline-step-comment-draft-detail = You have 15 days from getting the draft plan to tell the council what you think of it. This is also when you say which school or college you want.
timeline-step-final-plan = The council sends you the final EHC plan
timeline-step-final-plan-detail = The final plan must come within 20 weeks of you asking for the assessment.
timeline-step-review-papers = Papers for the annual review are sent out
timeline-step-review-papers-detail = The annual review is a meeting to check the EHC plan, at least once a year. You should get the reports at least 2 weeks before the meeting, so you have time to read them.
timeline-step-review-meeting = The annual review meeting
timeline-step-review-meeting-detail = The EHC plan must be checked at a meeting at least every 12 months. For a child under 5, it is at least every 6 months.
timeline-step-review-report = The report of the meeting is sent out
timeline-step-review-report-detail = Everyone at the meeting, you too, should get a written report of it within 2 weeks.
timeline-step-review-decision = The council decides what happens to the plan
timeline-step-review-decision-detail = Within 4 weeks of the meeting, the council must tell you if it will keep the plan as it is, change it, or end it.
timeline-step-phase-transfer = The plan is changed for your child's next school or college
timeline-step-phase-transfer-detail = Next September your child starts a new stage of education, like secondary school or college. By this date the council must change the EHC plan to say where they will go.
timeline-late-title = The council is late
timeline-late-body = At least one step below should have happened by now. You can get free advice from your SENDIASS. SENDIASS gives advice about SEND and does not take sides.
timeline-late-link = How to find your SENDIASS
timeline-step-late = This should have happened by now. The council is late.
timeline-step-late-link = Get free advice from SENDIASS
timeline-step-comment-passed = The 15 days have passed. If you still want to say something about the plan, tell the council now. Your SENDIASS can help.
timeline-sen-support = On SEN support, the school should meet you once each term, three times a year. Together you check how the help is going and plan what comes next.
timeline-none-yet = If you think your child needs extra help, talk to their teacher or the SENCO. The SENCO is the teacher who leads on SEND at school. Extra help at school is called SEN support.
timeline-ask-assessment-title = If your child needs more help
timeline-ask-assessment = If the help at school is not enough, you can ask the council for an EHC needs assessment. This is when the council checks if your child needs an EHC plan. You can ask yourself, by letter or email to the council. The council must tell you within 6 weeks if it will do one.
timeline-ask-assessment-then = When you have asked, change the support on your child's details and add the date you asked. Heard will then show what should happen by when.
timeline-missing-request = Add the date you asked for the EHC needs assessment, and Heard will show what should happen by when.
timeline-missing-plan = Add the date the EHC plan was issued, or the date of the last annual review, and Heard will show when the next review is due.
timeline-missing-last-review = If the annual review meeting has happened, add its date as the last annual review. Heard will then show when the next one is due.
timeline-add-dates = Add dates

## Progress chart
# The steps of the rating scale, shown after their symbol: "◑ getting there".
rating-not-started = not started
rating-just-starting = just starting
rating-getting-there = getting there
rating-nearly-there = nearly there
rating-achieved = achieved
# Which way a goal went, from its first rating to its last.
movement-moved-on = Moved on
movement-stayed = Stayed the same
movement-went-back = Went back
movement-not-enough = Not enough ratings to compare
progress-summary-family = The family's rating was { $first } in { $first_point }, and { $last } in { $last_point }. How it went: { $movement }.
progress-summary-school = The school's rating was { $first } in { $first_point }, and { $last } in { $last_point }. How it went: { $movement }.
progress-summary-family-one = The family's rating was { $rating } in { $point }. There is only one so far.
progress-summary-school-one = The school's rating was { $rating } in { $point }. There is only one so far.
progress-summary-family-none = The family has not given a rating yet.
progress-summary-school-none = The school has not given a rating yet.
progress-not-enough = There are not enough ratings to draw a chart yet. The table shows the ratings so far.
progress-legend-family = Family's rating: solid line with dots
progress-legend-school = School's rating: dashed line with squares
progress-column-point = Review point
progress-column-family = Family's rating
progress-column-school = School's rating
progress-not-rated = Not rated

## Problems with what was typed in the record
error-name-missing = Enter the name they like to be called.
error-text-missing = Write something here, or go back without saving.
error-too-long = This is too long. Use { $max } characters or fewer.
error-date-missing = Enter a date.
error-date-incomplete = A date needs a day, a month and a year.
error-date-not-real = This is not a real date. Use numbers, like 27 3 2014.
error-birth-date-in-future = The date of birth must be in the past.
error-older-than-25 = Heard is for children and young people up to the age of 25.
error-date-in-future = This date must be today or in the past.
error-choose-one = Choose one of the options.
error-changed-meanwhile = Someone else saved a change while you were writing. Nothing was lost. Check both versions below, then save again.
error-hidden-character = There is a hidden character just after “{ $after }”. Heard cannot keep it. It often comes from copying and pasting. Delete it, or type that part again.
error-hidden-character-at-start = There is a hidden character at the very start. Heard cannot keep it. It often comes from copying and pasting. Delete it, or type that part again.

## A record that cannot be shown
record-not-found-title = We could not find this
record-not-found-body = It may have been removed, or the link may be wrong. Or the family may have stopped sharing it with you.
record-unavailable-title = Sorry, something went wrong
record-unavailable-body = We could not load this just now. Nothing you saved has been lost. Please try again in a few minutes.
record-back-to-start = Go to your start page

## Adding a child and changing their details
child-add-title = Add a child
child-edit-title = Change { $name }'s details
child-form-intro = Tell us about your child or young person. Only people in your family can see this.
child-back-to-record = Back to the record
child-called-name = The name they like to be called
child-called-name-hint = This can be a nickname. You do not need their full name.
child-date-of-birth = Date of birth
child-date-of-birth-hint = For example, 27 3 2014
child-setting = School, college or nursery
child-setting-hint = Leave this empty if they are not at one.
child-year-group = Year group
child-year-group-hint = We work this out from the date of birth. Change it if they are in a different year.
child-year-group-auto = Work it out from the date of birth
child-year-group-auto-known = Work it out from the date of birth ({ $year })
child-support-status = What support do they have now?
child-support-status-hint = You can change this at any time.
child-key-dates = Key dates, if you know them
child-key-dates-hint = These dates let us tell you what should happen next, and by when. Leave empty any you do not know.
child-assessment-requested-on = When you asked for an EHC needs assessment
child-assessment-requested-on-hint = An EHC needs assessment is when the council checks if your child needs an EHC plan.
child-draft-plan-received-on = When you got the draft EHC plan
child-draft-plan-received-on-hint = The draft is the first version of the plan, before it is final.
child-plan-issued-on = When the final EHC plan was issued
child-plan-issued-on-hint = This is the date on the final plan.
child-last-annual-review-on = The last annual review meeting
child-last-annual-review-on-hint = The annual review is the yearly meeting to check the EHC plan.
child-next-annual-review-on = The next annual review meeting
child-next-annual-review-on-hint = Only if a date has been set.
child-areas-of-need = Areas of need
child-areas-of-need-hint = Tick all that fit. These are the four areas schools and councils use.
child-save = Save
child-conflict-title = Someone else changed these details
child-conflict-body = While you were writing, someone in your family saved a change. The form shows what you typed. Check it, then save again to keep your version.

support-status-none = No extra help yet
support-status-sen-support = SEN support (extra help at school, without an EHC plan)
support-status-assessment-requested = We have asked for an EHC needs assessment
support-status-ehc-plan = EHC plan (a legal plan of education, health and care support)

area-communication = Communication and interaction
area-learning = Cognition and learning (thinking and learning)
area-semh = Social, emotional and mental health
area-sensory-physical = Sensory and physical

year-group-early-years = Not at school yet (nursery or at home)
year-group-reception = Reception
year-group-year = Year { $number }
year-group-post-school = After Year 13 (college, training or work)

## A child's record at a glance
child-not-given = Not given
child-change-details = Change details
child-parts-title = Their record
# Keeping a child's record on the family's phone, to read with no internet (the record's overview).
keep-on-phone-title = Read it with no internet
keep-on-phone-about = You can keep { $name }'s record on this phone, to read it when there is no internet. Only do this on your own phone. It is removed when you sign out.
keep-on-phone-keep = Keep on this phone
keep-on-phone-stop = Stop keeping it on this phone
keep-on-phone-kept = { $name }'s record is kept on this phone. It is updated each time you open it with internet.
keep-on-phone-forgotten = { $name }'s record is no longer kept on this phone.
keep-on-phone-failed = That did not work. Check you have internet and try again.
child-part-about-me = Who they are, what matters to them and how to help, in their words and yours.
child-part-goals = What you all want to be different, and what will help.
child-part-reviews = How each goal is going, three times a school year.
child-part-progress = Each goal's ratings over time, as a chart and a table.
child-part-prepare = Get ready for the next review meeting, and print a pack to take.
child-part-next-steps = What should happen next, and by when.
child-nav-label = { $name }'s record
child-nav-overview = Overview
child-nav-about-me = All about me
child-nav-goals = Goals
child-nav-reviews = Review points
child-nav-progress = Progress
child-nav-prepare = Getting ready for a review
child-nav-next-steps = What happens next
family-add-child = Add a child

## What happens next, the page
next-steps-title = What happens next for { $name }

## Getting ready for a review, and the review pack
prepare-title = Getting ready for a review
prepare-coming = The next review point is { $point }, on { $date }.
prepare-change-date = Change the date
prepare-open-pack = Open the review pack to print
prepare-changed-title = What has changed
prepare-since = Since the last review point on { $date }:
prepare-since-start = Nothing has been recorded at a review point yet. Everything in the record is new.
prepare-nothing-changed = Nothing in the record has changed since then.
prepare-entry-changed = "{ $part }" was written or changed by { $author }.
prepare-read-it = Read { $part }
prepare-questions-saved = Your questions are saved. They are in the review pack.
prepare-questions-title = Your questions for the meeting
prepare-questions-label = What do you want to ask or say at the meeting?
prepare-questions-hint = Write one question on each line. They go in the review pack, so you do not forget them.
prepare-save-questions = Save questions
prepare-conflict-title = Someone else changed the questions
prepare-conflict-body = While you were writing, someone in your family saved these questions. What you typed is still in the box below. Put together what you want to keep, then save.
goal-state-active = Still working on it
goal-state-achieved = Achieved
goal-state-stopped = Stopped
pack-title = Review pack for { $name }
pack-back = Back to getting ready
pack-how-to-print = To print, use your browser's Print menu. On a phone, use Share, then Print. It fits on A4 paper and reads well in black and white.
pack-for-school-link = In English, for the school
pack-for-school-here = This is the pack in English, for school staff. Your own words are as you wrote them.
pack-in-own-language = See the pack in your language
pack-print = Print
pack-meeting = Review point: { $point }, { $date }
pack-about-me = All about me
pack-goals = Goals and how they are going
pack-questions = Our questions
pack-nothing-yet = Nothing written yet.
pack-goal-number = Goal { $number }:
pack-goal-theme = Area
pack-goal-support = What will help
pack-goal-measure = How we will know
pack-goal-by-when = By when
pack-share-link = Share the pack by a link
pack-share-title = Share { $name }'s review pack by a link
pack-share-back = Back to the review pack
pack-share-lead = Make a link for one person, like a teacher. They can open the pack without an account. You choose how long the link works, and you can stop it at any time.
pack-share-made-title = Here is the link for { $who }
pack-share-made-lead = Copy it now and send it to them. We show it only this once. It works until { $date }.
pack-share-made-label = The link
pack-share-withdraw-ask = Stop the link for { $who }?
pack-share-withdraw-hint = It stops working straight away. You can make a new link later.
pack-share-withdraw-yes = Yes, stop the link
pack-share-withdraw-no = No, keep it
pack-share-live-title = Links that work now
pack-share-none = There are no links that work now.
pack-share-live-item = works until { $date }, { $count ->
    [one] opened once
   *[other] opened { $count } times
}.
pack-share-withdraw = Stop
pack-share-withdraw-named = Stop the link for { $who }
pack-share-in-english = In English, for school
pack-share-in-own = In { $language }
pack-share-make-title = Make a new link
pack-share-for-name = Who is the link for?
pack-share-for-name-hint = Their name and job, for example: Mr Jones (class teacher).
pack-share-how-long = How long should the link work?
pack-share-days = { $days } days
pack-share-until-date = Until a day I choose
pack-share-until = The last day the link works
pack-share-until-hint = Only if you chose "Until a day I choose". For example, 27 3 2027.
pack-share-language = Which language should the pack be in?
pack-share-make = Make the link
pack-share-documents = Which documents should go with the pack?
pack-share-documents-hint = Tick only the ones this person needs. They can download them while the link works. You do not have to tick any.
pack-share-document = { $kind }, { $date }: { $file }
pack-share-documents-not-on-list = Choose only documents from this list.
pack-share-live-documents = { $count ->
    [one] 1 document goes with it.
   *[other] { $count } documents go with it.
}
pack-link-shared-by = { $who } shared this pack with you. The link works until { $date }.
pack-link-ended-title = This link does not work any more
pack-link-ended-body = The family stopped it, or its time ran out. If you still need the pack, ask the family for a new link.
pack-link-unknown-title = We cannot find this link
pack-link-unknown-body = Check that you have the whole link. If it still does not work, ask the family for a new one.
pack-link-documents = Documents shared with you

## Goals (outcomes)
adulthood-employment = Work, college or university
adulthood-independent-living = Living as independently as possible
adulthood-friends-community = Friends, relationships and being part of the community
adulthood-good-health = Good health
goals-theme-adulthood = Preparing for Adulthood: { $theme }
goals-title = Goals for { $name }
goals-intro = A goal says what will be different for { $name }, and what will help. Schools and councils call goals "outcomes".
goals-outcome-explained = An outcome is a change you will be able to see, because of the help { $name } gets.
goals-aspiration-note = A hope or dream, like "I want to work with animals", matters a lot. But it is not a goal. A goal is smaller and exact: a change you can see, like "I can feed the cat on my own every day". You can write hopes and dreams in All about me.
goals-adulthood-explained = From Year 9, goals can also be about getting ready for adult life. This is called Preparing for Adulthood. It covers work or study, living as independently as possible, friends and community, and good health.
goals-add = Add a goal
goals-active-title = Goals we are working on now
goals-active-order = The most important goal comes first. You can move goals up and down.
goals-none-active = There are no goals yet. Add the first one.
goals-number = Goal { $number }
goals-row-outcome = What will be different
goals-row-theme = What it is about
goals-row-support = What will help
goals-row-measure = How we will know
goals-row-by-when = By when
goals-not-written = Not written yet
goals-no-date = No date set
goals-change = Change
goals-change-named = Change this goal: { $outcome }
goals-move-up = Move up
goals-move-up-named = Move up: { $outcome }
goals-move-down = Move down
goals-move-down-named = Move down: { $outcome }
goals-mark-achieved = Mark achieved
goals-mark-achieved-named = Mark achieved: { $outcome }
goals-stop = Stop this goal
goals-stop-named = Stop this goal: { $outcome }
goals-finished-title = Achieved and stopped goals
goals-finished-intro = Finished goals stay here, with everything written about them and their ratings. You can make a goal active again at any time.
goals-none-finished = No goals have been achieved or stopped yet.
goals-achieved-on = Achieved on { $date }
goals-stopped-on = Stopped on { $date }
goals-state-achieved = Achieved
goals-state-stopped = Stopped
goals-make-active = Make active again
goals-make-active-named = Make active again: { $outcome }
goals-back = Back to goals
goals-add-title = Add a goal
goals-edit-title = Change a goal
goals-form-intro = Write one goal at a time, in your own words. A goal is a change you will be able to see.
goals-outcome = What will be different?
goals-outcome-hint = Write one change you want to see. For example: "I can ask for help in class when I am stuck."
goals-theme = What is this goal mostly about?
goals-theme-hint = Choose the one that fits best. These are the four areas of need that schools and councils use.
goals-theme-hint-adulthood = Choose the one that fits best. From Year 9, a goal can also be about getting ready for adult life. Schools and councils call this Preparing for Adulthood.
goals-support = What will help?
goals-support-hint = The help that will make this happen, and who gives it. For example: a picture timetable, and 10 minutes with a teaching assistant each morning.
goals-measure = How will we know it has happened?
goals-measure-hint = What you will see or hear when it works. For example: "They ask for help at least once a day, for two weeks."
goals-by-when = By when? (you can leave this empty)
goals-by-when-hint = For example, 31 7 2027
goals-save = Save goal
goals-conflict-title = Someone else changed this goal
goals-conflict-body = While you were writing, someone in your family saved a change to this goal. Nothing was lost. The form below shows what you typed. This box shows what they saved. Check both, then save again to keep your version.
goals-newest-title = What was saved most recently

## All about me: the one-page profile in six parts
about-me-title = All about me
about-me-intro = This page is about { $name }: who they are, what matters to them, and how best to help them. It has six parts.
about-me-intro-plan = You can use it when plans are made. For example, it can go into Section A of an EHC plan. (An EHC plan is a legal plan of education, health and care support. Section A is the part about the child's own views and hopes, and what matters to them.)
about-me-intro-who = The young person can write here in their own words. So can a parent or carer, or an advocate with them. Each piece of writing shows who it is from. When you change something, the earlier version is kept.
about-me-liked-and-admired = What people like and admire about me
about-me-liked-and-admired-hint = What am I good at? What do my friends and family like about me? What makes me proud?
about-me-important-to-me = What is important to me, now and in the future
about-me-important-to-me-hint = Who and what matters to me: people, places, things to do, routines. What do I want to keep doing? What matters for my future?
about-me-how-to-support-me = How best to support me
about-me-how-to-support-me-hint = What helps me, and what does not help? How should new things be explained to me? What should people do when things get hard for me?
about-me-how-i-communicate = How I communicate, and how to tell how I feel
about-me-how-i-communicate-hint = How do I tell people things: with words, signs, pictures, sounds or what I do? How can you tell when I am happy, worried or upset?
about-me-hopes-and-dreams = My hopes and dreams
about-me-hopes-and-dreams-hint = What do I want for my future? Think about school or college, work, where to live, friends and health. Big or small, every hope counts.
about-me-working-and-not-working = What is working and what is not working now
about-me-working-and-not-working-hint = What is going well for me right now, at school, at home or anywhere else? What is hard, or not going well? Write this before each review meeting.
about-me-nothing-yet = Nothing written here yet.
about-me-written-by = Written by { $author } · saved { $date }
about-me-change = Change
about-me-change-which = { $part }, piece of writing { $number }
about-me-earlier-versions = Earlier versions ({ $count })
about-me-add = Add to this part
author-young-person = the young person, in their own words
author-parent-or-carer = a parent or carer
author-advocate = an advocate, with the young person
about-me-add-caption = Add to all about me
about-me-edit-caption = Change what was written
about-me-text-label = What do you want to say?
about-me-text-label-yours = Your writing (not saved yet)
about-me-text-more = Write as much or as little as you like. Short notes are fine. You can change it later.
about-me-author = Whose words are these?
about-me-author-hint = Choose whose words they are, not who typed them.
about-me-author-young-person = The young person, in their own words
about-me-author-young-person-hint = Their own words, even if someone else typed them.
about-me-author-parent-or-carer = A parent or carer
about-me-author-parent-or-carer-hint = You, or another parent or carer in the family.
about-me-author-advocate = An advocate, with the young person
about-me-author-advocate-hint = An advocate is someone who helps a family say what they want, like a SENDIASS worker. Choose this if they wrote it together with the young person.
about-me-save = Save
about-me-back = Back to all about me
about-me-edit-keeps = When you save, the earlier version is kept. You can read it at any time.
about-me-conflict-title = Someone else saved a change
about-me-conflict-body = While you were writing, someone in your family saved a new version. Your writing is still in the box. Read their version too. Then save to keep yours, or change it first. Their version will still be kept as an earlier version.
about-me-newest-title = The newest saved version
about-me-version-by = Written by { $author }. Saved by { $who } on { $date }.
about-me-saved-by-unknown = someone who no longer has an account
about-me-history-link = Read every version
about-me-history-title = Every version
about-me-history-intro = The newest version is first. Earlier versions are never lost.
about-me-version = Version { $number }
about-me-version-newest = Version { $number }, the newest

## Review points (pages/reviews.rs)
term-autumn = Autumn
term-spring = Spring
term-summer = Summer
reviews-title = Review points
reviews-intro = A review point is a meeting to check how each goal is going, and what to do next. There are three in each school year: one in the autumn term, one in the spring term and one in the summer term.
reviews-intro-sen-support = If your child has SEN support (extra help at school without an EHC plan), the school should meet you three times a year, once each term.
reviews-intro-ehc-plan = If your child has an EHC plan (a legal plan of support), the annual review meeting is one of the three.
reviews-intro-dates = We put in the usual date for each term. Change it to the real date when you know it.
reviews-school-year = School year { $year }
reviews-term-heading = { $term } term
reviews-held-on = Date: { $date }
reviews-recorded = Recorded
reviews-not-recorded = Nothing recorded yet
reviews-coming-up = Coming up: nothing recorded yet
reviews-record-link = Record this review point
reviews-change-link = See or change
review-title = Review point: { $point }
review-back = Back to review points
review-intro = Fill in what you can. You can come back and change it at any time. Only your family can see it.
review-held-on = Date of the review meeting
review-held-on-hint = We put in the usual date for this term. Change it to the real date. For example, 10 11 2025.
review-goals-title = How each goal is going
review-goals-hint = For each goal, choose how it is going now. If you are not sure, leave it as "Not rated yet".
review-no-goals = There are no goals yet. Add goals first, then come back to say how they are going.
review-add-goals = Add goals
review-goal-achieved = This goal has been achieved.
review-goal-stopped = This goal has been stopped.
review-rating = How is it going, in your family's view?
review-school-rating = How is it going, in the school's view?
review-school-rating-hint = As the school said at the meeting. Leave it as "Not rated yet" if you do not know.
school-view-link = Add the school's view
school-view-title = The school's view: { $point }
school-view-intro = Say how each goal is going, in the school's view. The family sees your name, your job and your school next to it.
school-view-rating = How is it going, in the school's view?
school-view-comment = What the school says
school-view-comment-hint = Short and plain. You can leave this empty.
school-view-save = Save the school's view
written-by-professional = Written by { $name } ({ $job }, { $organisation }).
review-school-view-theirs = Only the person who wrote this can change it.
review-not-rated = Not rated yet
review-family-comment = What the family says (optional)
review-family-comment-hint = What has changed? What helped, and what did not?
review-young-person-comment = What { $name } says, in their own words (optional)
review-young-person-comment-hint = { $name } can type here, or you can write down what they said, just as they said it.
review-overall-title = At the moment
review-what-is-working = What is working well? (optional)
review-what-is-working-hint = At school, at home or anywhere else.
review-what-is-not-working = What is not working? (optional)
review-what-is-not-working-hint = What is hard, or what needs to change.
review-save = Save this review point
review-conflict-title = Someone else saved this review point
review-conflict-body = While you were writing, someone in your family saved changes. The newest saved version is shown first. The form below still has what you typed. Check both, then save again to keep yours.
review-saved-title = The newest saved version
review-saved-rating = Family's rating
review-saved-school-rating = School's rating
review-saved-family-comment = What the family says
review-saved-young-person-comment = What { $name } says
review-saved-what-is-working = What is working well
review-saved-what-is-not-working = What is not working
review-saved-nothing = Nothing written

## Progress (pages/progress.rs)
progress-page-title = Progress
progress-page-intro = This page shows how each goal has gone at each review point. The ratings go from ○ not started to ● achieved. Each goal has a chart and a table with the same ratings, so you can use whichever is easier.
progress-year-title = This school year ({ $year })
progress-year-intro = Which goals moved on, stayed the same or went back. We compare the family's first rating this school year with the latest one.
progress-year-none = To see which way a goal went this school year, it needs ratings from two review points this year.
progress-latest-rating = Latest rating: { $point }
progress-last-year = Last school year: { $movement }
progress-not-rated-yet = Not rated yet
progress-goal-achieved = Achieved
progress-goal-achieved-on = Achieved on { $date }
progress-goal-stopped = Stopped
progress-goal-stopped-on = Stopped on { $date }
progress-goal-no-ratings = This goal has not been rated at a review point yet.
progress-go-to-reviews = Go to review points
progress-no-goals = There are no goals yet. Add goals, then say how they are going at each review point.
progress-go-to-goals = Go to goals

## Text kept while typing
drafts-restored = We put back what you were writing last time. It is not saved yet: check it, then save.

## Changing a child's details at the same time as someone else
child-conflict-saved = What is saved now

## Local Offer: search problems
error-age-not-valid = Type an age in years, from 0 to 25. For example, 7.
error-postcode-not-valid = Type the first part of a postcode, like DE22, or a whole postcode.
error-postcode-not-known = We do not know where that postcode is. Check it, or leave this box empty.

## Local Offer pages
nav-local-offer = Find services
home-local-offer-link = Find services in the Local Offer
local-offer-title = Find services: the Local Offer
local-offer-intro = The Local Offer is your council's list of help for children and young people with SEND, from birth to 25. You do not need to sign in to search it.
local-offer-q = What are you looking for?
local-offer-q-hint = For example: speech therapy, autism, swimming
local-offer-filters = Narrow your search
local-offer-filters-chosen = { $count ->
    [one] Narrow your search (1 filter chosen)
   *[other] Narrow your search ({ $count } filters chosen)
}
local-offer-child = Search for one of your children
local-offer-child-hint = We use their age. Or choose nobody and type an age below.
local-offer-child-none = Nobody chosen
local-offer-child-choice = { $name }, age { $age }
local-offer-age = Age of the child or young person
local-offer-age-hint = In years, from 0 to 25.
local-offer-need = Area of need
local-offer-need-hint = The 4 areas of need that schools and councils use.
local-offer-need-any = Any need
local-offer-category = Kind of service
local-offer-category-any = Any kind
local-offer-category-education = Education
local-offer-category-health = Health
local-offer-category-social-care = Social care
local-offer-category-leisure = Things to do and clubs
local-offer-category-advice = Advice and support
local-offer-cost = Cost
local-offer-free-only = Only free services
local-offer-near = Near a postcode
local-offer-near-hint = The first part is enough, like DE22.
local-offer-within = How far away
local-offer-within-miles = { $miles ->
    [one] Within 1 mile
   *[other] Within { $miles } miles
}
local-offer-use-location = Use my location
local-offer-location-refused = We could not get your location. Type a postcode instead.
local-offer-location-in-use = We measure distances from where you are now.
local-offer-search = Search
local-offer-results-title = Services
local-offer-count = { $count ->
    [one] 1 service found
   *[other] { $count } services found
}
local-offer-count-none = No services found
local-offer-tips = Try these:
local-offer-tip-spelling = Check the spelling.
local-offer-tip-words = Use fewer words, or other words for the same thing.
local-offer-tip-filters = Take away some of the filters.
local-offer-see-all = See all services
local-offer-corrected = We read { $typed } as { $read_as }.
local-offer-searched-for = Showing services for: { $words }
local-offer-some-words = No service has all of your words. These services have some of them.
local-offer-all-services = Every service, from A to Z. Type what you are looking for to find the best ones first.
local-offer-popular = Popular searches:
local-offer-popular-speech = speech therapy
local-offer-popular-autism = autism
local-offer-popular-short-breaks = short breaks
local-offer-popular-swimming = swimming
local-offer-popular-advice = free advice about SEND
local-offer-fix-problems = We could not search yet. Check what you typed:
local-offer-unavailable = We could not search just now. Please try again in a few minutes.
local-offer-update-failed = The results could not be updated. Press Search to try again.
local-offer-from = From { $organisation }
local-offer-ages-range = Ages { $min } to { $max }
local-offer-ages-from = From age { $min }
local-offer-ages-up-to = Up to age { $max }
local-offer-ages-any = Any age
local-offer-free = Free
local-offer-may-cost = May cost money
local-offer-cost-not-said = Cost not given
local-offer-miles-away = { $miles ->
    [one] { $miles } mile away
   *[other] { $miles } miles away
}
local-offer-why = Why this is here:
local-offer-reason-word = has the word “{ $word }”
local-offer-reason-corrected = you typed “{ $typed }”; we read it as “{ $read_as }”
local-offer-reason-also-known = “{ $typed }” is another name for “{ $found }”
local-offer-reason-age = for age { $age }
local-offer-reason-all-needs = for all needs
local-offer-reason-need = for this need: { $need }
local-offer-reason-category = kind: { $category }
local-offer-reason-free = free
local-offer-pages = Pages of results
local-offer-page-of = Page { $page } of { $pages }
local-offer-previous = Previous page
local-offer-next = Next page
list-and = { $first } and { $last }
list-separator = {", "}
service-back = Back to the search
service-not-found-title = We could not find this service
service-not-found-body = The link may be wrong, or the council may have changed it. Search the Local Offer again.
service-search-again = Search the Local Offer
service-not-listed-title = The council no longer lists this service
service-not-listed = It may have closed or changed. We keep it here because families saved it. Check with the service before you go.
service-closed = This service is closed for now.
service-about = What it is
service-for-whom = Who it is for
service-row-ages = Ages
service-row-needs = Areas of need
service-needs-all = All needs. The council has not named any.
service-row-adulthood = Getting ready for adult life
service-row-kind = Kind of service
service-cost = Cost
service-how-to-get = How to get it
service-referral-needed = You need a referral. This means someone like a doctor, your school or a social worker asks for the service for you.
service-referral-not-needed = You can contact them yourself. You do not need a referral.
service-referral-not-said = The council has not said if you need a referral. A referral is when someone like a doctor or your school asks for the service for you.
service-contact = Contact
service-phone = Phone
service-email = Email
service-website = Website
service-people = Who to ask for
service-no-contact = The council has not given contact details.
service-where-when = Where and when
service-place = Place
service-accessibility = Getting in and around
service-access-not-said = The council has not said how easy the place is to get into and around.
service-times = Opening times
service-times-not-said = The council has not given opening times.
service-no-place = The council has not given a place.
service-days-range = { $first } to { $last }
service-time-range = { $opens } to { $closes }
service-days-and-times = { $days }, { $times }
service-day-monday = Monday
service-day-tuesday = Tuesday
service-day-wednesday = Wednesday
service-day-thursday = Thursday
service-day-friday = Friday
service-day-saturday = Saturday
service-day-sunday = Sunday
service-languages = Languages
service-languages-not-said = The council has not said which languages they use.
service-last-updated = Last updated { $date }
service-updated-unknown = The council has not said when this was last checked.
service-updated-old-title = This may be out of date
service-updated-old = The council last updated this more than a year ago. Some details may have changed. Check with the service before you go.
service-save-title = Save to your child's record
service-save-intro = Keep this service with your child's record, with a note for yourself.
service-save-child = Which child?
service-save-note = Your note (you can leave this empty)
service-save-note-hint = For example: We rang on 3 March. They will call back.
service-save-button = Save to the record
service-save-no-children = Add a child first. Then you can save services to their record.
service-add-child = Add a child
service-sign-in-to-save = Sign in to save this service to your child's record
saved-services-title = Services you saved
saved-services-none = You have not saved any services for { $name } yet.
saved-services-find = Find services in the Local Offer
saved-services-saved-on = Saved on { $date }
saved-services-note = Your note:
saved-services-not-listed = No longer listed by the council
saved-services-remove = Remove
saved-services-remove-named = Remove { $service } from this record
service-save-child-choose = Choose a child

## Languages on every page, read aloud, words explained
footer-languages = Languages
read-aloud-start = Read aloud
read-aloud-pause = Pause
read-aloud-resume = Carry on reading
read-aloud-stop = Stop
read-aloud-no-voice = This device has no voice for { $language }. So it cannot read this page aloud. You may be able to add a voice in your device's settings.
read-aloud-no-speech = This browser cannot read pages aloud.
glossary-see-all = See all the words we explain
glossary-close = Close
info-more-title = More help

## Glossary: every term
# glossary-ID is the term as families meet it; glossary-ID-meaning says what it means, in plain words.
# glossary-ID-also lists the ways the term is written in running text, longest first, separated by " | ".
glossary-ehc-needs-assessment = EHC needs assessment (EHCNA)
glossary-ehc-needs-assessment-meaning = The council checks if your child needs an EHC plan. You or the school can ask for it. From 16, a young person can ask too. The council must tell you within 6 weeks if it will do one.
glossary-annual-review = Annual review
glossary-annual-review-meaning = A meeting to check the EHC plan, at least once a year. You and your child say what is working and what needs to change.
glossary-graduated-approach = Graduated approach
glossary-graduated-approach-meaning = How a school gives SEN support, in four steps: assess, plan, do, review. The school tries some help, then checks if it works. Then it changes the help if it needs to.
glossary-senco = SENCO (or SENDCO)
glossary-senco-meaning = The teacher who leads on SEND at a school. Talk to them if you are worried about your child's needs.
glossary-advocate = Advocate
glossary-advocate-meaning = Someone who helps you say what you want, and makes sure you are heard. They are on your side.
glossary-personal-budget = Personal budget
glossary-personal-budget-meaning = Money set aside for some of the help in an EHC plan. You can ask for one. It can give you a say in how the help is given, or let you arrange it yourself.
glossary-tribunal = SEND Tribunal
glossary-tribunal-meaning = A panel that does not work for the council. If you do not agree with some council choices about SEND, you can ask it to decide. This is called an appeal.
glossary-mediation = Mediation
glossary-mediation-meaning = A meeting to sort out a problem with the council. Someone who does not take sides helps you talk it through. It is free, and you choose if you want it.
glossary-ep = Educational psychologist (EP)
glossary-ep-meaning = An expert in how children learn, think and feel. They meet your child. Then they write about what your child needs and what will help.
glossary-salt = Speech and language therapy (SALT)
glossary-salt-meaning = Help with talking, listening and understanding. It can also help with eating and drinking. A speech and language therapist gives it.
glossary-ot = Occupational therapy (OT)
glossary-ot-meaning = Help with the skills of daily life, like getting dressed, eating, writing or moving around. An occupational therapist gives it.
glossary-camhs = CAMHS
glossary-camhs-meaning = The NHS service for the mental health of children and young people. It stands for Child and Adolescent Mental Health Services. It helps with things like deep worry or low mood.
glossary-semh = SEMH (social, emotional and mental health)
glossary-semh-meaning = One of the four areas of need. It is about feelings, behaviour and getting on with other people.
glossary-ap = Alternative provision (AP)
glossary-ap-meaning = School for children who cannot go to a usual school for a while. For example, because they are ill, or were told to leave.
glossary-eotas = Education other than at school (EOTAS)
glossary-eotas-meaning = Learning outside a school or college, set out in an EHC plan. The council arranges and pays for it when school is not right for your child. It is not the same as teaching your child at home by choice.
glossary-ebsna = Emotionally based school non-attendance (EBSNA)
glossary-ebsna-meaning = When worry or other strong feelings make it very hard for a child to go to school. It is not the same as choosing to miss school.
glossary-pfa = Preparing for Adulthood (PfA)
glossary-pfa-meaning = Getting ready for adult life, from Year 9 (age 13 to 14). It covers work or study, where to live, friends and good health.
glossary-phase-transfer = Phase transfer
glossary-phase-transfer-meaning = When your child moves to the next stage of school. For example, from primary to secondary school, or from school to college. If they have an EHC plan, the council must change it in time.
glossary-review-point = Review point
glossary-review-point-meaning = A time to check how each goal is going, and plan what comes next. Heard has three each school year, one each term.
glossary-outcome = Outcome
glossary-outcome-meaning = The word schools and councils use for a goal. It says what will be different for your child because of the help they get.
glossary-send-also = special educational needs and disabilities | special educational needs and disability | SEND
glossary-sen-support-also = SEN support
glossary-ehc-plan-also = Education, Health and Care plans | Education, Health and Care plan | EHC plans | EHC plan | EHCPs | EHCP
glossary-local-offer-also = Local Offer
glossary-sendiass-also = SEND Information, Advice and Support Service | SENDIASS | SENDIAS
glossary-ehc-needs-assessment-also = Education, Health and Care needs assessment | EHC needs assessments | EHC needs assessment | EHC assessment | EHCNA
glossary-annual-review-also = annual reviews | annual review
glossary-graduated-approach-also = assess, plan, do, review | graduated approach
glossary-senco-also = special educational needs co-ordinator | special educational needs coordinator | SEN co-ordinator | SEN coordinator | SENDCOs | SENCOs | SENDCO | SENCO
glossary-advocate-also = advocates | advocate
glossary-personal-budget-also = personal budgets | personal budget
glossary-tribunal-also = First-tier Tribunal (Special Educational Needs and Disability) | SEND Tribunal | tribunals | tribunal | SENDIST
glossary-mediation-also = mediation
glossary-ep-also = educational psychologists | educational psychologist | EPs | EP
glossary-salt-also = speech and language therapists | speech and language therapist | speech and language therapy | speech therapy | SALT
glossary-ot-also = occupational therapists | occupational therapist | occupational therapy | OT
glossary-camhs-also = Children and Young People's Mental Health Services | Child and Adolescent Mental Health Services | CAMHS
glossary-semh-also = social, emotional and mental health | SEMH
glossary-ap-also = alternative provision | AP
glossary-eotas-also = education otherwise than at school | education other than at school | EOTAS
glossary-ebsna-also = emotionally based school non-attendance | emotionally based school avoidance | EBSNA | EBSA
glossary-pfa-also = Preparing for Adulthood | PfA
glossary-phase-transfer-also = phase transfers | phase transfer
glossary-review-point-also = review points | review point
glossary-outcome-also = outcomes | outcome

## Help and information pages
# Each info-ID-body has one block per line: "## " starts a heading, "- " starts a list item, any other line is a paragraph.
info-list-title = Help and information
info-list-lead = Short pages about help for children with SEND in England. Read them in any order.
glossary-page-title = Words and what they mean
glossary-page-lead = Schools and councils use a lot of special words. Here is what each one means, in plain words.
info-related-words = Words on this page
info-back-to-help = Back to help and information
info-sen-support-title = What is SEN support?
info-sen-support-summary = The extra help your child can get at school, and how it works.
info-sen-support-body =
    SEN support is extra help at school for a child with SEND. SEND means special educational needs and disabilities.
    Your child does not need an EHC plan to get it. An EHC plan is a legal plan of help from the council.
    ## Who gives it
    Schools, colleges and nurseries must do their best for your child.
    The SENCO leads on this. The SENCO is the teacher in charge of SEND at the school.
    The school must tell you if your child gets SEN support.
    ## How it works
    The school follows four steps. This is called the graduated approach.
    - Assess: the school finds out what your child needs.
    - Plan: you and the school agree what help to give, and what should change.
    - Do: the school gives the help.
    - Review: you check together if the help works.
    Then the steps start again. Each time, the help can change.
    ## What the help can look like
    - Work in a small group.
    - Time with a teaching assistant.
    - Tools, like a picture timetable or a laptop.
    - Advice from an expert, like a speech and language therapist.
    ## Your part
    The school should meet you three times a year, once each term.
    You know your child best, so your views count. Your child's views count too.
    Ask for a copy of your child's support plan, so you know what help to expect.
    ## If it is not enough
    Some children need more help than the school can give.
    Then you can ask the council for an EHC needs assessment. This is when the council checks if your child needs an EHC plan.
    You can ask for it yourself. The school does not have to agree first.
info-ehc-plan-title = What is an EHC plan?
info-ehc-plan-summary = A legal plan of the help your child must get, and how to ask for one.
info-ehc-plan-body =
    An EHC plan is a legal plan. EHC stands for education, health and care.
    It says what your child needs, and what help they must get.
    The council must make sure your child gets the help with learning in the plan. The NHS must give the health help in it.
    ## Who can get one
    - Children and young people from birth to 25.
    - Those who need more help than their school or college can give.
    A plan can go on to age 25, while your child is still learning. It ends if they go to university.
    ## How to ask for one
    First the council must check your child's needs. This is called an EHC needs assessment.
    - You can ask for it. Write a letter or email to the council.
    - The school can ask for it too.
    - From 16, a young person can ask for it.
    The council must say yes if your child may have special needs and may need a plan. You do not have to prove it.
    The council asks you, your child, the school and experts for their views.
    ## How long it takes
    - Within 6 weeks, the council says if it will do the assessment.
    - Within 16 weeks, it says if it will make a plan.
    - Then you get a draft plan. This is the first version, before it is final.
    - You have 15 days to say what you think of it. You can also say which school or college you want.
    - Within 20 weeks of when you asked, the council must send the final plan.
    ## What is in the plan
    - What your child thinks, hopes for and likes.
    - Their needs in learning, health and care.
    - Outcomes. These are what will be different for your child because of the help.
    - The help they must get. It should say what it is, who gives it and how often.
    - The name of the school or college.
    ## After that
    The plan must be checked at least once a year. This is called the annual review.
    If you do not agree with the plan, you can ask a panel called the SEND Tribunal to change it. This is called an appeal.
info-rights-title = Your rights and the dates that matter
info-rights-summary = What the law says you can do, and how long each step should take.
info-rights-body =
    SEND means special educational needs and disabilities.
    The law on SEND in England is the Children and Families Act 2014. The SEND Code of Practice explains it. Schools and councils must follow it.
    ## Your rights
    - You and your child must be asked what you think, and listened to.
    - You can ask the council to check if your child needs an EHC plan. This is a legal plan of help. The check is called an EHC needs assessment.
    - You can say which school or college you want in the plan. The council must agree, unless there is a good reason not to.
    - You can ask for a personal budget. This is money for some of the help in the plan.
    - If you do not agree with some council choices, you can appeal. This means you ask a panel called the SEND Tribunal to decide.
    After Year 11, at about 16, these rights pass to your child. You can still help them.
    ## Dates for an EHC needs assessment
    These count from the day the council gets your request.
    - 6 weeks: the council says if it will assess your child.
    - 16 weeks: the council says if it will make a plan.
    - 20 weeks: you get the final plan.
    You have 15 days to reply to the draft plan.
    ## Dates for an annual review
    - The plan must be checked at a meeting at least every 12 months. For a child under 5, it should be every 3 to 6 months.
    - You should get the reports at least 2 weeks before the meeting.
    - You should get a report of the meeting within 2 weeks after it.
    - Within 4 weeks of the meeting, the council must say what it will do. It can keep the plan, change it or end it.
    ## Moving school
    When your child moves on to a new stage, the plan must be changed. This is called phase transfer.
    - By 15 February, for a move to a new stage of school.
    - By 31 March, for a move from school to college at 16.
    ## If the council is late
    The council must keep to these dates. If it is late, you can complain.
    SENDIASS gives free advice that does not take sides.
info-adulthood-title = Getting ready for adult life
info-adulthood-summary = How help changes from Year 9, at 16, and up to age 25.
info-adulthood-body =
    Your child will grow up. It helps to plan for adult life early.
    Schools and councils call this Preparing for Adulthood.
    ## When it starts
    From Year 9, when your child is 13 or 14, it is part of every annual review. This is the yearly meeting to check your child's EHC plan. An EHC plan is a legal plan of help from the council.
    ## What it covers
    - Work, college or university.
    - Living on their own as much as they can.
    - Friends, relationships and being part of the community.
    - Good health.
    ## At 16
    At the end of Year 11, your child becomes a young person in the law.
    They can now make many choices for themselves. For example, they can ask the council for an assessment.
    You can still help them, if they want you to.
    If they cannot make a choice, you can still make it with them or for them.
    ## After Year 11
    In England, young people must keep learning until 18. They can choose:
    - Sixth form or college.
    - An apprenticeship. This is a job with training.
    - A supported internship. This is a job with extra help, for young people with an EHC plan.
    - Work or volunteering, with some study as well.
    ## The EHC plan after 16
    An EHC plan can go on to age 25, while they are still learning.
    It ends if they go to university. Universities have their own help for disabled students.
    ## Health and care
    At 18, some health services change from child to adult services.
    Ask early how this will work, so there is no gap in help.
    ## What you can do
    - Talk with your child about their hopes and dreams.
    - At each review, ask what help they need for the next step.
    - Write their hopes in All about me on Heard.
info-complain-title = How to complain or appeal
info-complain-summary = What to do if you do not agree with the school or the council.
info-complain-body =
    There are ways to sort out a problem. Start with the easiest one.
    ## Talk first
    - Talk to the class teacher or the SENCO. The SENCO is the teacher in charge of special needs.
    - Ask for a meeting. Write down what was agreed.
    ## Make a complaint
    - Every school has a way to complain. Ask for it, or look on its website.
    - The council has a way to complain too.
    - If the council does not put it right, you can go to the Ombudsman. This is a free service that looks at complaints about councils.
    ## A meeting to sort it out
    The council must offer a free meeting to sort out a problem with the school or council. Someone who does not take sides leads it.
    You can use it even if your child does not have an EHC plan.
    ## Appeal to the SEND Tribunal
    The SEND Tribunal is a panel that does not work for the council. Asking it to change a council choice is called an appeal.
    You can appeal if the council:
    - will not do an EHC needs assessment, a check of your child's needs.
    - will not make an EHC plan, a legal plan of help.
    - makes a plan you do not agree with, or names a school you do not want.
    - decides to end the plan.
    It is free to appeal. You do not need a lawyer.
    ## Mediation advice first
    In mediation, someone who does not take sides helps you and the council talk.
    Before most appeals, you must talk to a mediation adviser. You then get a certificate.
    You do not have to do mediation. But you need the certificate to appeal.
    If you only want to appeal about the school named in the plan, you do not need it.
    ## Time limits
    - You have 2 months from the date on the council's letter about its choice.
    - Or 1 month from the date on your mediation certificate, if that is later.
    ## Unfair treatment
    A school must not treat your child unfairly because of a disability. If it does, you can also go to the SEND Tribunal. You have 6 months to do this.
    ## Get help
    SENDIASS and IPSEA give free advice. Read Where to get free advice.
info-advice-title = Where to get free advice
info-advice-summary = Free services that help families of children with SEND.
info-advice-body =
    You do not have to do this on your own. These services give free advice about SEND. SEND means special educational needs and disabilities.
    ## SENDIASS
    Every council has one. It gives free advice and does not take sides.
    It can help you fill in forms and read reports. Someone may come to meetings with you.
    To find it, search for SENDIASS and the name of your council.
    ## IPSEA
    IPSEA is a charity. It gives free advice about the law.
    Its website explains your rights in plain words. It has letters you can copy, too.
    It can help if you want to challenge a council choice.
    ## SOS!SEN
    SOS!SEN is a charity too. It has a free helpline about the law.
    It can help you get ready to challenge a council choice.
    ## Contact
    Contact is a charity for families with disabled children.
    It has a free helpline. It can help with money, benefits, school and health.
    ## The Local Offer
    The Local Offer is the council's list of help for children and young people with SEND, from birth to 25.
    It tells you about services, clubs and support near you. You can search it on Heard.
    ## Other people to ask
    - The SENCO. This is the teacher who leads on SEND at school.
    - Your doctor or health visitor.
    - A parent carer forum. This is a local group of parents of children with SEND. It works with the council to make services better.
    ## Tips
    - Keep copies of letters and emails.
    - Write down dates, and who said what.
    - If you do not understand something, ask again. It is fine to ask.

## Easy Read symbols: the text alternative of each picture
symbol-home = A house
symbol-family = A family
symbol-child = A child with a balloon
symbol-about-me = A card about a person
symbol-goal = A target
symbol-review = A list with ticks
symbol-progress = Bars getting taller
symbol-next-steps = Steps going up
symbol-prepare = A notepad and a pencil
symbol-local-offer = A pin on a map
symbol-service = A shop front
symbol-help = A question mark
symbol-language = Two speech bubbles
symbol-reading = An open book
symbol-privacy = A padlock
symbol-sign-in = An arrow going in a door
symbol-account = A person in a circle
symbol-warning = A warning sign
symbol-done = A tick
symbol-save = A save button
symbol-search = A magnifying glass
symbol-phone = A phone
symbol-money = Money
symbol-school = A school
symbol-health = A heart beating
symbol-advice = A light bulb
symbol-rights = Scales for fairness
symbol-adulthood = A child growing up
symbol-complain = A speech bubble with a warning mark
symbol-words = A speech bubble
symbol-read-aloud = A speaker making sound
symbol-calendar = A calendar
symbol-like = A happy face
symbol-dislike = A sad face
symbol-not-sure = An unsure face

## People and consent: who can see a record, invitations, sharing with advocates, who has seen what

error-date-in-past = This date must be today or later.
error-date-too-far = This date must be within a year from today.
error-tick-at-least-one = Tick at least one.
child-nav-my-page = My page
child-nav-people = Who can see
child-nav-documents = Documents
child-nav-notes = Notes from school
role-parent-or-carer = parent or carer
role-young-person = young person
role-advocate = advocate
role-professional = professional
job-senco = SENCo
job-teacher = Teacher
job-therapist = Therapist
job-social-worker = Social worker
job-other = Other professional
professional-job-at = { $job }, { $organisation }
record-part-details = name and key dates
record-part-about-me = all about me
record-part-goals = goals and progress
record-part-saved-services = saved services
record-part-documents = documents
record-part-notes = notes from school and others
record-part-people = who can see the record
share-sees = Can see: { $parts }.
share-read-only = Can read, but not change anything
share-may-change = Can read, and write with you
share-until = Until { $date }
share-until-stopped = Until you stop it
people-title = Who can see { $name }'s record
people-lead = You decide who sees this record. You can stop sharing at any time. It stops at once.
people-not-yours-to-change = The young person now decides who sees this record.
people-family-title = Family
people-advocates-title = Advocates
people-no-advocates = No advocate can see this record.
people-stop-sharing = Stop sharing
people-stop-sharing-named = Stop sharing with { $name }
people-invite = Invite someone
people-waiting-title = Invitations not used yet
people-show-link = Show the link
people-cancel-invitation = Cancel this invitation
people-seen-title = Who has looked
people-seen-lead = Every time someone looks at or changes this record, we write it down.
people-seen-link = See who has looked at { $name }'s record
people-pack-links-title = Links to the review pack
people-pack-links-lead = You can share the review pack with one person, like a teacher, by a link. They do not need an account.
people-ended-title = Sharing that has ended
people-ended-item = could see { $parts }. This has ended.
invitation-works-until = The link works once, until { $date }.
invite-title = Invite someone
invite-back = Back to who can see { $name }'s record
invite-lead = You get a link to send them. It works once, for { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
invite-role-legend = Who are you inviting?
invite-role-hint = Choose one. { $name } can have their own account too.
invite-role-parent-or-carer = Another parent or carer. They can see and change all your children's records.
invite-role-young-person = The young person themself. They can write in their own words and see their goals.
invite-role-advocate = An advocate. They see only what you choose.
invite-role-professional = Someone from school or another service, like the SENCo or a therapist. They see only what you choose, and can add the school's view at a review point.
invite-for-name = Their name (you can leave this empty)
invite-for-name-hint = So you know which link is whose.
invite-advocate-legend = Only for an advocate
invite-advocate-hint = An advocate is someone who helps you say what you want. Choose what they can see.
invite-professional-legend = Only for someone from school or another service
invite-professional-hint = Then choose below what they can see, as for an advocate. If they can write, they can add only the school's view at a review point.
invite-job-legend = What do they do?
invite-organisation = Their school or service
invite-organisation-hint = For example, Riverside Academy. Everyone who sees the record sees this with their name.
invite-parts-legend = What can they see?
invite-may-change-legend = Can they write in the record?
invite-until-legend = Until when? (you can leave this empty)
invite-until-hint = Sharing stops at the end of this day. Leave it empty to share until you stop it. For example, 31 3 2027.
invite-button = Make the link
invitation-link-title = Send this link
invitation-back = Back to who can see the record
invitation-link-lead = Send it only to the person you are inviting. Anyone with the link can use it.
invitation-link-label = The link
invitation-link-hint = Copy it and send it in any way you like.
invitation-send-text = Send by text message
invitation-send-email = Send by email
invitation-email-subject = An invitation to Heard
invitation-message = You are invited to see a record on Heard. Open this link to say yes: { $link }
invitation-qr-title = Or show this code
invitation-qr-lead = If they are with you, they can point their phone camera at this code.
invitation-qr-label = A QR code for the link
invitation-expired-title = This link is out of date
invitation-expired-body = Links work for 7 days. Ask the family to send you a new one.
invitation-used-title = This link has been used
invitation-used-body = Each link works once. Ask the family to send you a new one.
invitation-unknown-title = We cannot find this invitation
invitation-unknown-body = Check that you have the whole link. The family may have cancelled it.
invitation-already-young-person-title = This account already has its own record
invitation-already-young-person-body = A young person's account is for one record. Sign in with another account, or make a new one.
invitation-already-with-family-title = This link is not for your account
invitation-already-with-family-body = Your account already has its own place with this family, so it cannot use this link too. Nothing has changed. The link still works for the person it was sent to.
accept-title = You have an invitation
accept-as-parent = { $from } invites you to look after the records of { $children } with them.
accept-as-young-person = { $from } invites you to have your own account for your record, { $name }.
accept-as-advocate = { $from } invites you to help with { $name }'s record, as their { $role }.
accept-your-name = Your name
accept-your-name-hint = The family will see this name.
accept-signed-in-as = You are signed in as { $email }.
accept-button = Yes, accept
accept-sign-in-first = To say yes, sign in or make an account. It is free.
accept-create-account = Make an account
accept-sign-in = Sign in
seen-title = Who has looked at { $name }'s record
seen-lead = Here is everyone who looked at or changed this record, newest first. Your own visits are not shown.
seen-none = Nobody else has looked at this record yet.
seen-read = { $who } ({ $role }) looked at { $part }.
seen-change = { $who } ({ $role }) changed { $part }.
seen-download = { $who } ({ $role }) downloaded the whole record.
seen-download-document = { $who } ({ $role }) downloaded a document.
seen-link-opened = A link for { $who } opened the review pack.
seen-link-downloaded = A link for { $who } downloaded a document.
seen-when = { $date } at { $time }
seen-back = Back to who can see { $name }'s record
advocate-title = Families you help
advocate-lead = These families asked you to help. You see only what each one chose to share.
advocate-none = No family has shared a record with you yet. When a family sends you a link, open it to start.
advocate-shared-by = Shared by { $family }.
advocate-coming-up = Coming up
advocate-nothing-coming = No dates yet.
professional-title = Children shared with you
professional-lead = Families shared these records with you. You see only what each family chose to share.
professional-none = No family has shared a record with you yet. When a family sends you a link, open it to start.
professional-you-are = You are here as: { $job_at }.
advocate-next-review = { $term } review point: { $date }
advocate-next-step = { $step }: { $date }
child-part-people = Who can see this record, and who has looked at it.
child-part-documents = The EHC plan, reports and letters, kept in one place.
child-part-notes = Notes written by the school and other people you invited.

## Documents kept on the record
documents-title = { $name }'s documents
documents-title-own = My documents
documents-lead = Keep the EHC plan, reports and letters here. Only people who can see this record can download them.
documents-saved = Your document is saved.
documents-list-title = Documents kept
documents-none = There are no documents here yet.
documents-named = { $kind } from { $date }
documents-added-by = Added by { $who } on { $date }
documents-added-on = Added on { $date }
documents-size-kb = { $kilobytes } KB
documents-size-mb = { $megabytes } MB
# Between a document's file name and its size: a comma and a space, in the language's own comma.
documents-file-size-separator = {", "}
documents-download = Download
documents-download-named = Download { $name }
documents-delete = Delete
documents-delete-sure = Delete { $name } for good? You cannot get it back.
documents-delete-confirm = Yes, delete it
documents-delete-named = Yes, delete { $name }
documents-add-title = Add a document
documents-kind-label = What is it?
documents-date-label = The date on the document
documents-date-hint = For example, 27 3 2025
documents-note-label = A note (you do not have to write one)
documents-note-hint = For example, who wrote it or what it is about.
documents-file-label = Choose the file, or take a photo
documents-file-hint = A PDF, a photo (JPEG, PNG or HEIC) or a Word file. It can be up to { $megabytes } MB.
documents-add-button = Add the document
documents-kind-needed = Choose what the document is.
documents-date-needed = Enter the date on the document, for example 27 3 2025.
documents-note-too-long = The note is too long. Keep it to { $max } letters or fewer.
documents-no-file = Choose a file first.
documents-not-a-document = This is not a PDF, a photo or a Word file, so Heard cannot keep it. Check it is the right file.
documents-too-big = This file is too big. A file can be up to { $megabytes } MB.
documents-no-room = There is no more room for documents on this record. Heard keeps up to { $megabytes } MB. Delete one you do not need to make room.
documents-failed = The document could not be saved. Please try again.
document-kind-ehc-plan = EHC plan
document-kind-draft-plan = Draft EHC plan
document-kind-report = Report
document-kind-letter = Letter
document-kind-other = Something else

## Notes from school and others (pages/notes.rs)
notes-title = Notes from school and others
notes-lead = Notes written by the school and other people the family invited. Each note says who wrote it.
notes-family-hint = You can delete a note. Only the person who wrote it can change its words.
notes-list-title = Notes
notes-none = There are no notes yet.
notes-about = About { $date }
notes-about-child = Notes from school and others about { $name }
notes-change = Change this note
notes-change-named = Change the note about { $date }
notes-delete = Delete this note
notes-delete-sure = Delete the note about { $date }? You cannot get it back.
notes-delete-confirm = Yes, delete it
notes-delete-named = Yes, delete the note about { $date }
notes-add-title = Add a note
notes-about-label = What day is this note about?
notes-about-hint = For example, 3 12 2026.
notes-text-label = Your note
notes-text-hint = Write it plainly. The family will read it, with your name, your job and your school.
notes-add-button = Add the note
notes-edit-title = Change your note
notes-save-button = Save the note
notes-back = Back to notes

written-with-young-person = the young person
written-with-family = the family
written-by-advocate-with = Written by { $who }, an advocate, with { $with }, on { $date }.
about-me-your-own-words = You are writing in your own words.
goals-written-by-advocate = Written by { $who }, an advocate, with { $with }.
my-page-title = My page
my-page-title-theirs = { $name }'s own page
my-page-words-title = What I have said
my-page-words-none = Nothing yet. You can write something below, or sort the picture cards.
my-page-write-label = Write something about you
my-page-write-hint = What matters to you, what you like, or what you want. Use your own words.
my-page-write-save = Save what I wrote
my-page-goals-title = My goals
my-page-goals-none = There are no goals yet.
my-page-goal-latest = Last time: { $rating }
my-page-goal-not-rated = Not checked yet.
my-page-progress-link = See how my goals are going
my-page-cards-title = Picture cards
my-page-cards-lead = Put each card where it fits you: I like it, I am not sure, or I don't like it.
my-page-voice-title = Voice notes
my-page-voice-lead = You can say what you think out loud. It is kept with your record.
my-page-voice-typed = You can also write instead, in the box above.
my-page-voice-needs-js = Recording on this page needs JavaScript, and it is turned off in this browser. You can record on your phone instead, then upload the recording here.
my-page-voice-upload-label = Upload a recording
my-page-voice-upload-hint = A recording from your phone's voice recorder. It can be up to { $megabytes } MB.
my-page-voice-upload-button = Upload it
my-page-voice-upload-saved = Your recording is saved. You can listen to it below.
my-page-voice-upload-none = Choose a recording first, then press "Upload it".
pile-like = I like
pile-not-sure = Not sure
pile-dont-like = I don't like
pile-unsorted = Not sorted yet
pile-count = { $count ->
    [one] 1 card
   *[other] { $count } cards
}
card-put-in = { $card }: { $pile }
card-put-back = Put back
card-put-back-named = Put { $card } back
card-number = Card { $number } of { $total }
card-skip = Skip this card
card-sorted = { $card } is now in the pile: { $pile }.
card-unsorted = { $card } is back with the cards to sort.
cards-all-sorted = You have sorted all the cards.
cards-piles-title = The piles so far
cards-piles-hint = To move a card to another pile, press its name.
voice-note-start = Record a voice note
voice-note-stop = Stop
voice-note-save = Save it
voice-note-again = Start again
voice-note-recording = Recording. Press stop when you have finished.
voice-note-saving = Saving…
voice-note-saved = Saved.
voice-note-not-supported = This browser cannot record sound. You can write instead.
voice-note-microphone-refused = We could not use the microphone. Check that it is allowed, or write instead.
voice-note-write-link = Write it in the box above instead
voice-note-failed = It did not save. Nothing is lost. Try again.
voice-note-not-audio = This is not a sound recording that Heard can keep. Try recording again.
voice-note-too-big = This voice note is too big to keep. Try a shorter one.
voice-note-no-room = There is no room for more voice notes. Delete an old one, then save this one again.
voice-note-too-often = { $minutes ->
    [one] You have saved a lot of voice notes this hour. Wait 1 minute, then save this one again.
   *[other] You have saved a lot of voice notes this hour. Wait { $minutes } minutes, then save this one again.
}
voice-note-listen-back = Listen to your recording
voice-note-from = Voice note from { $date }
voice-note-delete = Delete
voice-note-delete-named = Delete the voice note from { $date }
rights-16-title = Deciding who sees the record
rights-16-you-can = You are now old enough to decide who sees your record. The law says this starts at the end of Year 11, when you are about 16.
rights-16-help = If you want, you can choose who sees it. Your family can still help you.
rights-16-take-control = I want to decide who sees my record
rights-16-you-decide = You decide who sees your record.
rights-16-who-can-see = See and change who can see it
rights-16-they-can = { $name } is now old enough to decide who sees this record. They can choose to do this on their own page.
rights-16-they-decide = { $name } now decides who sees this record.
card-music = Music
card-music-picture = Headphones
card-drawing = Drawing
card-drawing-picture = A pencil drawing a line
card-sport = Sport
card-sport-picture = A football
card-swimming = Swimming
card-swimming-picture = A person swimming in waves
card-animals = Animals
card-animals-picture = A dog's face
card-outdoors = Being outside
card-outdoors-picture = A tree and the sun
card-games = Computer games
card-games-picture = A game controller
card-books = Books
card-books-picture = An open book
card-cooking = Cooking
card-cooking-picture = A bowl and a spoon
card-dancing = Dancing
card-dancing-picture = A person dancing to music
card-building = Building things
card-building-picture = A stack of building blocks
card-trains = Trains
card-trains-picture = A train
card-friends = Being with friends
card-friends-picture = Two people side by side
card-quiet-place = A quiet place
card-quiet-place-picture = A small tent under the moon
card-loud-noise = Loud noise
card-loud-noise-picture = A loudspeaker with big sound waves
card-crowds = Crowds
card-crowds-picture = Lots of people close together
your-data-title = { $name }'s data
your-data-lead = This record belongs to you. You can take a copy at any time, or delete it.
your-data-download-title = Take a copy
your-data-download-lead = The file has everything we keep about this child. Other services can read it. The copy to read has the same things, ready to print.
your-data-download = Download everything as a file
your-data-copy = Read and print a copy
your-data-delete-title = Delete this record
your-data-delete-lead = This deletes everything about { $name }, for good.
your-data-delete = Delete { $name }'s record
your-data-account-title = Your account
your-data-account-link = Delete your account
record-copy-title = Everything about { $name }
record-copy-back = Back to your data
record-copy-print = Use your browser's print button to print this page or save it as a PDF.
record-copy-details = Details
record-copy-voice-notes = { $count ->
    [one] 1 voice note. The file you can download has the sound.
   *[other] { $count } voice notes. The file you can download has the sound.
}
delete-not-confirmed = Tick the box to say you understand.
delete-wrong-password = That is not your password. Type it again.
delete-cannot-undo = You cannot undo this.
delete-child-title = Delete { $name }'s record
delete-child-what = Everything about { $name } will be deleted: all about me, goals, review points, saved services, picture cards, voice notes, who can see it and who has looked. Nobody can get it back, not even us.
delete-child-first = You may want to take a copy first.
delete-child-confirm = I understand that { $name }'s record will be deleted for good.
delete-child-button = Delete { $name }'s record
delete-keep = No, keep it
delete-account-title = Delete your account
delete-account-what = Your account goes: you will not be able to sign in again with it.
delete-account-family = If you are the only parent or carer in your family, your children's records are deleted too. If another parent or carer is in the family, the records stay with them.
delete-account-first = You may want to take a copy of each child's record first. You can do this on each child's "Who can see" page.
delete-account-password = Your password
delete-account-confirm = I understand that my account will be deleted for good.
delete-account-button = Delete my account
account-deleted-title = Your account is deleted
account-deleted-body = We have deleted your account and what it held.
account-deleted-home = Go to the start page
account-title = Your account
account-lead = Your name, your email, and how Heard looks for you.
account-you = About you
account-name = Your name
account-name-not-given = Not given yet
account-name-change = Change your name
account-email = Email address
account-reading = Language and reading
account-language-change = Change the language
account-reading-change = Change how pages look
account-leaving = Leaving Heard
account-name-title = Your name
account-name-hint = The people who see your child's record see this name. For example, your child's school or your advocate.
account-name-save = Save your name
account-emails-change = Choose which emails you get
account-signing-in = How you sign in
account-passkeys = Sign in without a password: your passkeys
account-back = Back to your account
account-name-saved = Your name is saved.
people-your-data = Take a copy of this record, or delete it
family-my-page = Go to my page
family-families-you-help = { $count ->
    [one] The family you help
   *[other] The { $count } families you help
}
people-stop-parent = Stop them seeing my record
people-stop-parent-named = Stop { $name } seeing my record
saved-services-saved-by-advocate = Saved by { $who }, an advocate, with { $with }.

## Email
# The test email an operator sends with `heard mail-test`.
mail-test-subject = Heard can send email
mail-test-body = This is a test from Heard. It shows that Heard can send email. You do not need to do anything.

## Reminders by email, and which emails a person wants
# The link to getting ready for a review, beside what is coming up for one child.
coming-up-prepare-for = Get ready for { $name }'s review
# On the invitation form: where Heard emails the link, if anywhere.
invite-email = Their email address (you can leave this empty)
invite-email-hint = If you give it, Heard emails them the link. You will still see the link on the next page.
error-invite-email-invalid = Enter the email address in the right form, like name@example.com, or leave it empty.
# The page /account/emails.
email-choices-title = Emails from Heard
email-choices-lead = Heard can email you when something is coming up, or when something changes. Choose which emails you want.
email-choices-legend = Send me an email when
email-choices-hint = Untick the ones you do not want. We never put a child's name in the subject of an email.
email-choice-review-soon = a review point is two weeks away
email-choice-deadline = a date the law sets is one week away, or has passed
email-choice-invitation = someone invites me to see a child's record
email-choice-record-changed = someone outside the family changes a child's record
email-choice-access-ending = an advocate can only see a record for one more week
email-choices-button = Save my choices
email-choices-saved = Your choices are saved.
email-choices-not-saved = Your choices were not saved. Please try again.
# Parts of every reminder email.
reminder-hello = Hello { $name },
reminder-hello-no-name = Hello,
reminder-footer = You can choose which emails Heard sends you here: { $link }
# A review point is two weeks away.
reminder-review-subject = A review point is two weeks away
reminder-review-body = { $name }'s { $term } review point is on { $date }.
reminder-review-prepare = You can get ready for it here. Write down what is working, what is not, and what you want to ask: { $link }
# A date the law sets is a week away, or has passed. $step is the step's title, as on the next steps page.
reminder-deadline-soon-subject = A date the law sets is one week away
reminder-deadline-soon-body = For { $name }: { $step }. This should happen by { $date }.
reminder-deadline-passed-subject = A date the law sets has passed
reminder-deadline-passed-body = For { $name }: { $step }. This should have happened by { $date }.
reminder-deadline-more = You can see what this means, and what you can do, here: { $link }
# An invitation, to the address the family gave. $who is the name (or email) of the person who sent it.
reminder-invitation-subject = You are invited to see a record on Heard
reminder-invitation-someone = Someone
reminder-invitation-body = { $who } has invited you to see a child's record on Heard.
reminder-invitation-link = To say yes, open this link. It works once, until { $date }: { $link }
reminder-invitation-not-you = If you do not know { $who }, you do not need to do anything.
# Someone outside the family changed the record. $who: their names; $parts: which parts.
reminder-changed-subject = Someone changed a record you look after
reminder-changed-body = { $who } changed { $name }'s record on { $date }. They changed: { $parts }.
reminder-changed-look = You can see who has looked at the record and changed it here: { $link }
# An advocate's access ends in a week: to the advocate, and to the family.
reminder-ending-advocate-subject = You can see a record for one more week
reminder-ending-advocate-body = You can see { $name }'s record until { $date }. After that, you cannot see it.
reminder-ending-advocate-ask = If you still need to see it, ask the family to share it with you again.
reminder-ending-family-subject = An advocate can see a record for one more week
reminder-ending-family-body = { $who } can see { $name }'s record until { $date }. After that, they cannot see it.
reminder-ending-family-share = If they still need to see it, you can share it again here: { $link }
# On the invitation's link page, when the family gave the invited person's email address.
invitation-emailed = Heard is emailing this link to { $address } too.
# The account's email address and password (app/src/pages/account_email.rs), and the emails about
# them (server/src/accounts/emails.rs).
error-email-same-as-now = This is already your email address. Enter a new one.
error-current-password-wrong = This is not your password. Enter the password you use now.
error-too-many-emails = We have sent a lot of emails to this address. Wait { $minutes } minutes, then try again.
field-new-email = New email address
field-new-password = New password
field-current-password = Your password now
sign-in-forgot-link = Forgot your password?
confirm-banner-title = Confirm your email address
confirm-banner-sent = We sent a link to { $email }. Open it to confirm your email address.
confirm-banner-deleted-on = If you do not confirm it, we will delete this account and everything in it on { $date }.
confirm-banner-again = Send the link again
confirm-banner-wrong-address = Is this the wrong email address? Change it
confirm-first = You can share a record when you have confirmed your email address. Look for our email, or send the link again.
confirm-email-title = Confirm your email address
confirm-email-intro = Press the button to confirm this is your email address.
confirm-email-button = Confirm my email address
confirm-email-done = Thank you. Your email address is confirmed.
confirm-email-continue = Carry on
confirm-email-taken = Another account has this email address now, so we could not change anything. Sign in to that account, or use a different email address.
confirm-again-title = Send the link again
confirm-again-intro = We will send a new link to { $email }.
confirm-again-sent = We sent a new link to { $email }. Look in your email. It may be in your junk or spam folder.
link-spent = This link does not work any more. It was used already, or it is too old.
link-spent-new-password = Get a new link to make a new password
forgot-title = Forgot your password?
forgot-intro = Enter your email address. If you have an account, we will send you a link to make a new password.
forgot-button = Send me a link
forgot-sent = If there is an account with this email address, we have sent it a link. Look in your email. It may be in your junk or spam folder.
forgot-sent-hour = The link works for one hour, and only once.
reset-title = Make a new password
reset-intro = Choose a new password. We will sign you out on every other device.
reset-button = Save my new password
change-email-title = Change your email address
change-email-now = Your email address now is { $email }.
change-email-intro = We will send a link to your new email address. Nothing changes until you open it.
change-email-button = Send me a link
change-email-sent = We sent a link to { $email }. Open it to confirm your new email address.
change-email-until = The link works for 24 hours. Until then, your email address stays the same.
change-password-title = Change your password
change-password-button = Save my new password
change-password-done = Your password is changed. We signed you out on every other device.
sign-out-everywhere-title = Sign out on every device
sign-out-everywhere-intro = Use this if you signed in on a phone or computer you do not use any more, or think someone else can get in. You will need to sign in again here too.
sign-out-everywhere-button = Sign out on every device
mail-hello = Hello,
mail-not-you-nothing-to-do = If this was not you, you do not need to do anything.
mail-confirm-subject = Confirm your email address for Heard
mail-confirm-why = You made an account on Heard with this email address.
mail-confirm-open = To confirm it is yours, open this link:
mail-confirm-deleted-on = If you do not confirm it, we will delete the account and everything in it on { $date }.
mail-taken-subject = Someone tried to make a Heard account with your email
mail-taken-why = Someone tried to make a new account on Heard with this email address. You have an account with it already, so nothing changed.
mail-taken-sign-in = If it was you, sign in here:
mail-taken-forgot = If you forgot your password, you can make a new one here:
mail-taken-not-you = If it was not you, you do not need to do anything. Your account is safe.
mail-new-email-subject = Confirm your new email address for Heard
mail-new-email-why = You asked to change the email address of your Heard account to this one.
mail-new-email-open = To confirm it, open this link. It works for 24 hours:
mail-new-email-until = Until you open it, your account keeps its old email address.
mail-email-changed-subject = The email address of your Heard account changed
mail-email-changed-body = The email address of your Heard account is now { $email }. We will send emails there from now on.
mail-email-changed-not-you = If you did not do this, reply to this email to tell us.
mail-reset-subject = Make a new password for Heard
mail-reset-why = Someone asked to make a new password for your Heard account.
mail-reset-open = To make a new password, open this link. It works for one hour, and only once:
mail-reset-not-you = If you did not ask for this, you do not need to do anything. Your password has not changed.
