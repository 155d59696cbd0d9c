# Heard: Easy Read English (en-GB-easyread).
# This is a draft. It is awaiting review by an Easy Read writer and by people with learning disabilities.
# Only messages rewritten in Easy Read are here. Any other message falls back to en-GB, one by one.
# Rules: sentences of 15 words or fewer, one idea per sentence, one sentence per line,
# everyday words, "you" and "your child", numbers as digits, every abbreviation explained where it is used.
# `.symbol` names the picture shown beside a key message (see app/src/components/symbol.rs).

## Every page
skip-to-content = Go to the main part of this page
nav-reading-options = Make reading easier
footer-about =
    Heard is for families in England.
    It is for children and young people with SEND.
    SEND means special educational needs and disabilities.
title-error-prefix = Problem:

## Forms and errors
error-summary-title = There is a problem
    .symbol = warning
error-email-missing = Type your email address.
error-email-invalid =
    Your email address does not look right.
    It should look like this: name@example.com
error-password-missing = Type your password.
error-password-too-short =
    Your password is too short.
    Use at least { $min } letters, numbers or signs.
error-password-too-long =
    Your password is too long.
    Use no more than { $max } letters, numbers or signs.
error-wrong-email-or-password =
    The email address or the password is wrong.
    Check them and try again.
error-too-many-tries = { $minutes ->
    [one]
        There were too many tries to sign in.
        Wait 1 minute.
        Then try again.
   *[other]
        There were too many tries to sign in.
        Wait { $minutes } minutes.
        Then try again.
}
error-too-many-new-accounts = { $minutes ->
    [one]
        Lots of new accounts were made from this internet connection.
        Wait 1 minute.
        Then try again.
   *[other]
        Lots of new accounts were made from this internet connection.
        Wait { $minutes } minutes.
        Then try again.
}
error-unavailable =
    Something went wrong with Heard.
    It is not your fault.
    What you typed is still here.
    Please try again in a few minutes.
error-cross-site =
    Heard did not accept this form.
    The form came from another website.
    Go back to Heard and try again.
error-too-long-title = Your writing is too long
error-too-long-body =
    We could not save your writing.
    It is too long.
error-too-long-back =
    Press Back in your browser.
    Your writing is still there.
    Make it shorter.
    Then save again.

## Home
home-title = Heard: your child's wishes, goals and help
    .symbol = home
home-lead =
    Heard helps you write down what matters to your child.
    It also helps you check the help your child gets.
    .symbol = about-me
home-what-views =
    Write down what your child thinks and wants.
    Your child can use their own words if they like.
    .symbol = about-me
home-what-goals =
    Set goals for your child.
    See how each goal is going.
    You check the goals 3 times in each school year.
    .symbol = goal
home-what-services =
    Find help near you in your council's Local Offer.
    The Local Offer is a list of help from your council.
    It is for children and young people with SEND.
    .symbol = local-offer
home-send-explained =
    SEND means special educational needs and disabilities.
    This is when a child needs extra help to learn, or has a disability.
home-yours =
    What you write belongs to your family.
    You choose who can see it.
    .symbol = privacy
home-create-account = Make an account

## Create an account
create-account-title = Make an account
    .symbol = account
create-account-intro =
    You need an account to keep what you write about your child safe.
    An account is free.
create-account-email-hint = We only use your email address to sign you in.
create-account-password-hint =
    Use at least { $min } letters, numbers or signs.
    A few words together make a good password.
    They are easy to remember and hard to guess.
create-account-button = Make an account
create-account-have-one = Do you already have an account?

## Sign in
sign-in-title = Sign in
    .symbol = sign-in
sign-in-no-account = Do you need an account?
sign-in-create-link = Make an account

## Your family
family-title = Your family
    .symbol = family
family-children-title = Your children
    .symbol = child
family-no-children =
    You have not added a child yet.
    You can add each child here.
    Then you can write down what matters to them.

## Reading options
reading-title = Make reading easier
    .symbol = reading
reading-intro =
    Change how the pages look.
    This can make them easier for you to read.
    You can change them again at any time.
reading-text-size = Size of the words
reading-text-size-standard = Normal
reading-text-size-large = Big
reading-text-size-largest = Biggest
reading-spacing-hint = More space can make the words easier to read.
reading-spacing-standard = Normal
reading-spacing-wide = More space
reading-font = Font (the style of the letters)
reading-font-standard = Normal
reading-font-dyslexia = OpenDyslexic: letters that some people with dyslexia find easier to read
reading-theme-auto = The same as my phone or computer
reading-theme-light = Light: dark words on a light background
reading-theme-dark = Dark: light words on a dark background
reading-theme-contrast = Strong contrast: yellow and white words on black
reading-motion = Things that move on the page
reading-motion-auto = The same as my phone or computer
reading-kept =
    We remember your choices on this phone or computer.
    When you are signed in, we also save them with your account.
reading-save = Save my choices
    .symbol = save
reading-saved = Your choices are saved.
    .symbol = done
reading-back = Go back to the page you were on

## Language
language-title = Language
    .symbol = language
language-hint = Each language is written in that language.

## Privacy
privacy-title = Privacy: what we keep about you
    .symbol = privacy
privacy-lead =
    Your family's information is private.
    This page says what information we keep.
    It also says why we keep it.
    .symbol = family
privacy-what =
    We keep your email address.
    We keep your password in a secret code.
    Nobody can turn the code back into your password.
    We also keep what you write about your child.
privacy-who =
    Only your family can see it.
    A school, council or advocate only sees what you choose to share with them.
    An advocate is someone who helps you say what you want.
privacy-cookies-title = Cookies: small files on your phone or computer
privacy-cookie-session =
    1 cookie keeps you signed in.
    It goes away when you sign out.
privacy-cookie-language = 1 cookie remembers your language.
privacy-cookie-reading = 1 cookie remembers your reading choices.
privacy-cookie-device =
    1 cookie shows that you signed in on this device before.
    If someone tries to guess your password, you can still sign in here.
privacy-no-tracking =
    We do not use cookies to watch what you do.
    We do not load anything from other websites.
privacy-rights-title = Your rights
    .symbol = rights
privacy-rights =
    You can ask to see everything we keep about you.
    You can ask us to change it.
    You can ask us to delete it, so it is gone.

## Help
help-title = Help
    .symbol = help
help-reading-options = Make the words bigger, or change the colours or letters
help-advice-title = Free advice
    .symbol = advice
help-sendiass =
    Every council has a SENDIASS.
    SENDIASS gives free advice about special educational needs and disabilities (SEND).
    SENDIASS does not take sides.
    To find yours, search online for "SENDIASS" and the name of your council.
help-words-title = Words you might hear
    .symbol = words
glossary-send-meaning =
    Special educational needs and disabilities.
    A child with SEND may need extra help to learn, or have a disability.
glossary-sen-support-meaning = Extra help at school for a child who does not have an EHC plan.
glossary-ehc-plan-meaning =
    Education, health and care plan.
    A legal plan of the help a child or young person must get.
glossary-local-offer-meaning =
    The council's list of local help for children and young people with SEND.
    It is for ages 0 to 25.
glossary-sendiass-meaning =
    A free service that gives advice about SEND.
    It does not take sides.

## Page not found
not-found-title = We could not find this page
    .symbol = search
not-found-body =
    We could not find that page.
    Did you type the address?
    Check it is right.
not-found-home = Go to the home page
    .symbol = home

## What happens next
timeline-title = What happens next
    .symbol = next-steps
timeline-intro =
    The law says when each step must happen.
    Each step should happen by its date, or sooner.
timeline-next-summary =
    The next step: { $step }.
    This should happen by { $date }.
    .symbol = calendar
timeline-state-overdue = Late
timeline-step-decide-assess = The council says if it will do an EHC needs assessment
timeline-step-decide-assess-detail =
    An EHC needs assessment is when the council checks your child's needs.
    It checks if your child needs an EHC plan.
    An EHC plan is a plan that says what help your child must get.
    EHC means education, health and care.
    The council must tell you if it will do the assessment.
    It must tell you within 6 weeks of you asking.
timeline-step-decide-plan = The council says if it will make an EHC plan
timeline-step-decide-plan-detail =
    An EHC plan is a plan that says what help your child must get.
    It is a legal plan.
    The council must tell you if it will make a plan.
    It must tell you within 16 weeks of you asking for the assessment.
timeline-step-comment-draft = You tell the council what you think of the draft plan
timeline-step-comment-draft-detail =
    The draft plan is the first version of the EHC plan.
    You have 15 days to tell the council what you think of it.
    The 15 days start when you get the draft plan.
    Weekends and holidays count in the 15 days.
    This is also when you say which school or college you want.
timeline-step-review-papers = You get the papers for the annual review
timeline-step-review-papers-detail =
    The annual review is a meeting to check the EHC plan.
    It happens at least once a year.
    You should get the reports at least 2 weeks before the meeting.
    This gives you time to read them.
timeline-step-review-meeting-detail =
    The EHC plan must be checked at a meeting at least every 12 months.
    If your child is under 5, it is at least every 6 months.
timeline-step-review-report = You get a written report of the meeting
timeline-step-review-report-detail =
    Everyone at the meeting should get a written report of it.
    You should get it too.
    It should come within 2 weeks of the meeting.
timeline-step-review-decision-detail =
    The council must tell you what will happen to the plan.
    It must tell you within 4 weeks of the meeting.
    The council can keep the plan the same.
    It can change the plan.
    Or it can end the plan.
timeline-step-phase-transfer-detail =
    Next September your child starts a new stage of education.
    For example, secondary school or college.
    The council must change the EHC plan by this date.
    The plan must say where your child will go.
timeline-late-title = The council is late
    .symbol = warning
timeline-late-body =
    At least 1 step below should have happened by now.
    You can get free advice from your SENDIASS.
    SENDIASS gives free advice about special educational needs and disabilities.
    SENDIASS does not take sides.
timeline-late-link = How to find your SENDIASS
    .symbol = advice
timeline-step-late =
    This should have happened by now.
    The council is late.
timeline-step-comment-passed =
    The 15 days are over.
    Do you still want to say something about the plan?
    Then tell the council now.
    Your SENDIASS can help.
timeline-sen-support =
    SEN support is extra help at school.
    With SEN support, the school should meet you once each term.
    That is 3 times a year.
    Together you check how the help is going.
    You also plan what happens next.
timeline-none-yet =
    Do you think your child needs extra help?
    Talk to their teacher or the SENCO.
    The SENCO is the teacher in charge of special educational needs at school.
    Extra help at school is called SEN support.
timeline-ask-assessment-title = Does your child need more help?
    .symbol = help
timeline-ask-assessment =
    Is the help at school not enough?
    You can ask the council for an EHC needs assessment.
    This is when the council checks if your child needs an EHC plan.
    An EHC plan is a plan that says what help your child must get.
    You can ask the council yourself.
    Send the council a letter or an email.
    The council must tell you within 6 weeks if it will do the assessment.
timeline-ask-assessment-then =
    After you ask, change the support in your child's details.
    Add the date you asked.
    Then Heard will show what should happen, and by when.
timeline-missing-request =
    Add the date you asked for the EHC needs assessment.
    Then Heard will show what should happen, and by when.
timeline-missing-plan =
    Add the date on the final EHC plan.
    Or add the date of the last annual review.
    Then Heard will show when the next review should happen.
timeline-missing-last-review =
    Has the annual review meeting happened?
    Then add its date as the last annual review.
    Heard will then show when the next one should happen.

## Progress chart
movement-moved-on = Got better
progress-summary-family =
    The family's rating in { $first_point } was { $first }.
    The family's rating in { $last_point } was { $last }.
    How it went: { $movement }.
progress-summary-school =
    The school's rating in { $first_point } was { $first }.
    The school's rating in { $last_point } was { $last }.
    How it went: { $movement }.
progress-summary-family-one =
    The family's rating in { $point } was { $rating }.
    There is only 1 rating so far.
progress-summary-school-one =
    The school's rating in { $point } was { $rating }.
    There is only 1 rating so far.
progress-not-enough =
    There are not enough ratings to draw a chart yet.
    The table shows the ratings so far.

## Problems with what was typed in the record
error-name-missing = Type the name they like to be called.
error-text-missing =
    Write something here.
    Or go back without saving.
error-too-long =
    This is too long.
    Use no more than { $max } letters, numbers or signs.
error-date-missing = Type a date.
error-date-incomplete = Type a day, a month and a year.
error-date-not-real =
    This is not a real date.
    Use numbers, like 27 3 2014.
error-older-than-25 =
    Heard is for children and young people up to age 25.
    Check the date of birth.
error-date-in-future = This date must be today or before today.
error-choose-one = Choose 1 answer.
error-changed-meanwhile =
    Someone else saved a change while you were writing.
    Nothing was lost.
    Check both versions below.
    Then save again.
    .symbol = warning
error-hidden-character =
    There is a hidden sign just after “{ $after }”.
    You cannot see it.
    It can come from copy and paste.
    Delete it, or type that part again.
error-hidden-character-at-start =
    There is a hidden sign at the very start.
    You cannot see it.
    It can come from copy and paste.
    Delete it, or type that part again.

## A record that cannot be shown
record-not-found-title = We could not find this
    .symbol = search
record-not-found-body =
    It may have been removed.
    Or the link may be wrong.
    You can only see the children in your own family.
record-unavailable-title = Sorry, something went wrong
    .symbol = warning
record-unavailable-body =
    We could not show this just now.
    Nothing you saved has been lost.
    Please try again in a few minutes.

## Adding a child and changing their details
child-add-title = Add a child
    .symbol = child
child-edit-title = Change { $name }'s details
    .symbol = child
child-form-intro =
    Tell us about your child or young person.
    Only people in your family can see this.
    .symbol = privacy
child-back-to-record = Back to your child's record
child-called-name-hint =
    This can be a nickname.
    You do not need their full name.
child-setting-hint = Leave this empty if they do not go to one.
child-year-group = Year group at school, like Year 5
child-year-group-hint =
    We work this out from the date of birth.
    Change it if they are in a different school year.
child-support-status = What help do they get now?
child-key-dates = Important dates, if you know them
    .symbol = calendar
child-key-dates-hint =
    These dates help us tell you what should happen next.
    They also help us say by when.
    Leave empty any dates you do not know.
child-assessment-requested-on-hint =
    An EHC needs assessment is when the council checks your child's needs.
    It checks if your child needs an EHC plan.
child-draft-plan-received-on-hint =
    The draft is the first version of the plan.
    It comes before the final plan.
child-plan-issued-on = The date of the final EHC plan
child-next-annual-review-on-hint = Only fill this in if there is a date for it.
child-areas-of-need = What your child needs help with (areas of need)
child-areas-of-need-hint =
    Tick all that fit.
    Schools and councils use these 4 areas.
child-conflict-title = Someone else changed these details
    .symbol = warning
child-conflict-body =
    Someone in your family saved a change while you were writing.
    The form shows what you typed.
    Check it.
    Then save again to keep your version.

support-status-assessment-requested = We have asked for an EHC needs assessment (a check for an EHC plan)
support-status-ehc-plan = EHC plan (a legal plan of education, health and care help)

area-communication = Communication and interaction (talking, understanding and getting on with others)
area-semh = Social, emotional and mental health (feelings, friendships and mental health)
area-sensory-physical = Sensory and physical (senses like seeing and hearing, and moving the body)

year-group-reception = Reception (the first year of school)

## A child's record at a glance
child-not-given = Not filled in
child-part-about-me =
    Who your child is, what matters to them and how to help them.
    Your child and you can both write here.
child-part-reviews = How each goal is going, 3 times a school year.
child-part-progress = See each goal's ratings over time, in a chart and a table.
child-part-prepare =
    Get ready for the next review meeting.
    Print a pack of papers to take with you.
child-nav-overview = Summary
child-nav-about-me = All about me
    .symbol = about-me
child-nav-goals = Goals
    .symbol = goal
child-nav-reviews = Review points
    .symbol = review
child-nav-progress = Progress
    .symbol = progress
child-nav-prepare = Getting ready for a review
    .symbol = prepare
child-nav-next-steps = What happens next
    .symbol = next-steps

## What happens next, the page
next-steps-title = What happens next for { $name }
    .symbol = next-steps

## Getting ready for a review, and the review pack
prepare-title = Getting ready for a review
    .symbol = prepare
prepare-coming =
    The next review point is { $point }.
    It is on { $date }.
    .symbol = calendar
prepare-open-pack = Open the review pack so you can print it
prepare-since-start =
    Nothing has been saved at a review point yet.
    So everything in the record is new.
prepare-questions-hint =
    Write 1 question on each line.
    Your questions go in the review pack.
    Then you will not forget them.
prepare-conflict-title = Someone else changed the questions
    .symbol = warning
prepare-conflict-body =
    Someone in your family saved these questions while you were writing.
    What you typed is still in the box below.
    Put together the parts you want to keep.
    Then save.
pack-title = Review pack for { $name }
    .symbol = prepare
pack-how-to-print =
    To print on a computer, use the Print menu in your web browser.
    On a phone, press Share, then Print.
    The pack fits on A4 paper.
    It is easy to read in black and white.
pack-goal-theme = What it is about

## Goals (outcomes)
adulthood-independent-living = Living as independently as possible (doing things for yourself)
goals-theme-adulthood = Getting ready for adult life: { $theme }
goals-title = Goals for { $name }
    .symbol = goal
goals-intro =
    A goal says what will be different for { $name }.
    It also says what will help.
    Schools and councils call goals "outcomes".
goals-outcome-explained =
    An outcome is a change you will be able to see.
    It happens because of the help { $name } gets.
goals-aspiration-note =
    A hope or dream matters a lot.
    For example, "I want to work with animals".
    But a hope or dream is not a goal.
    A goal is smaller and more exact.
    It is a change you can see.
    For example, "I can feed the cat on my own every day".
    You can write hopes and dreams in All about me.
goals-adulthood-explained =
    From Year 9, goals can also be about getting ready for adult life.
    This is called Preparing for Adulthood.
    Children are in Year 9 when they are 13 or 14 years old.
    It is about work or study, and living as independently as possible.
    It is also about friends and community, and good health.
    .symbol = adulthood
goals-active-order =
    The most important goal comes first.
    You can move goals up and down.
goals-none-active =
    There are no goals yet.
    Add the first one.
goals-mark-achieved = Mark as achieved
goals-mark-achieved-named = Mark as achieved: { $outcome }
goals-finished-intro =
    Finished goals stay here.
    Everything written about them stays here too, with their ratings.
    You can start working on a goal again at any time.
goals-make-active = Start this goal again
goals-make-active-named = Start this goal again: { $outcome }
goals-add-title = Add a goal
    .symbol = goal
goals-edit-title = Change a goal
    .symbol = goal
goals-form-intro =
    Write 1 goal at a time, in your own words.
    A goal is a change you will be able to see.
goals-outcome-hint =
    Write 1 change you want to see.
    For example: "I can ask for help in class when I am stuck."
goals-theme-hint =
    Choose the one that fits best.
    Schools and councils use these 4 areas of need.
goals-theme-hint-adulthood =
    Choose the one that fits best.
    From Year 9, a goal can also be about getting ready for adult life.
    Schools and councils call this Preparing for Adulthood.
goals-support-hint =
    Write the help that will make this happen.
    Say who will give the help.
    For example: a picture timetable.
    And 10 minutes with a teaching assistant each morning.
goals-measure-hint =
    What will you see or hear when it works?
    For example: "They ask for help at least once a day, for 2 weeks."
goals-conflict-title = Someone else changed this goal
    .symbol = warning
goals-conflict-body =
    Someone in your family saved a change to this goal while you were writing.
    Nothing was lost.
    The form below shows what you typed.
    This box shows what they saved.
    Check both.
    Then save again to keep your version.
goals-newest-title = What was saved last

## All about me: the one-page profile in six parts
about-me-title = All about me
    .symbol = about-me
about-me-intro =
    This page is about { $name }.
    It says who they are and what matters to them.
    It says how best to help them.
    It has 6 parts.
    .symbol = child
about-me-intro-plan =
    You can use this page when plans are made.
    For example, it can go into Section A of an EHC plan.
    An EHC plan is a legal plan for education, health and care help.
    Section A says what the child thinks and hopes for.
    It also says what matters to them.
about-me-intro-who =
    The young person can write here in their own words.
    A parent or carer can write here too.
    So can an advocate, together with the young person.
    An advocate is someone who helps you say what you want.
    Each piece of writing shows who it is from.
    When you change something, we keep the earlier version too.
about-me-liked-and-admired = What people like and think is great about me
    .symbol = like
about-me-liked-and-admired-hint =
    What am I good at?
    What do my friends and family like about me?
    What makes me proud?
about-me-important-to-me = What is important to me, now and in the future
    .symbol = about-me
about-me-important-to-me-hint =
    Who and what matters to me?
    Think about people, places and things to do.
    Think about my routines, like what I do every morning.
    What do I want to keep doing?
    What matters for my future?
about-me-how-to-support-me = How to help me best
    .symbol = help
about-me-how-to-support-me-hint =
    What helps me?
    What does not help me?
    How should people explain new things to me?
    What should people do when things get hard for me?
about-me-how-i-communicate = How I communicate, and how to know how I feel
    .symbol = words
about-me-how-i-communicate-hint =
    How do I tell people things?
    Do I use words, signs, pictures or sounds?
    Or do I show people by what I do?
    How can you tell when I am happy?
    How can you tell when I am worried or upset?
about-me-hopes-and-dreams = My hopes and dreams
    .symbol = adulthood
about-me-hopes-and-dreams-hint =
    What do I want for my future?
    Think about school or college, and work.
    Think about where to live, friends and health.
    Big or small, every hope counts.
about-me-working-and-not-working = What is going well and what is not going well now
    .symbol = review
about-me-working-and-not-working-hint =
    What is going well for me right now?
    This can be at school, at home or anywhere else.
    What is hard, or not going well?
    Write this before each review meeting.
about-me-earlier-versions = Older versions ({ $count })
about-me-text-more =
    Write as much or as little as you like.
    Short notes are fine.
    You can change it later.
about-me-author-hint =
    Choose whose words they are.
    It does not matter who typed them.
about-me-author-advocate-hint =
    An advocate is someone who helps a family say what they want.
    For example, a worker from SENDIASS, a free advice service.
    Choose this if they wrote it together with the young person.
about-me-edit-keeps =
    When you save, we keep the earlier version too.
    You can read it at any time.
    .symbol = save
about-me-conflict-title = Someone else saved a change
    .symbol = warning
about-me-conflict-body =
    Someone in your family saved a new version while you were writing.
    Your writing is still in the box.
    Read their version too.
    Then save to keep yours.
    Or change yours first, then save.
    We will still keep their version as an earlier version.
about-me-version-by =
    Written by { $author }.
    Saved by { $who } on { $date }.
about-me-history-link = Read all the versions
about-me-history-title = All the versions
    .symbol = about-me
about-me-history-intro =
    The newest version is first.
    We never lose older versions.

## Review points (pages/reviews.rs)
reviews-title = Review points
    .symbol = review
reviews-intro =
    A review point is a meeting.
    At the meeting you check how each goal is going.
    You also plan what to do next.
    There are 3 review points in each school year.
    There is 1 in each term: autumn, spring and summer.
    .symbol = calendar
reviews-intro-sen-support =
    Does your child have SEN support?
    SEN support is extra help at school, without an EHC plan.
    Then the school should meet you 3 times a year.
    That is once each term.
reviews-intro-ehc-plan =
    Does your child have an EHC plan?
    An EHC plan is a legal plan that says what help your child must get.
    Then the annual review meeting is 1 of the 3 review points.
reviews-intro-dates =
    We put in the usual date for each term.
    Change it to the real date when you know it.
reviews-recorded = Filled in
reviews-not-recorded = Nothing filled in yet
reviews-coming-up = Coming up: nothing filled in yet
reviews-record-link = Fill in this review point
review-title = Review point: { $point }
    .symbol = review
review-intro =
    Fill in what you can.
    You can come back and change it at any time.
    Only your family can see it.
review-held-on-hint =
    We put in the usual date for this term.
    Change it to the real date.
    For example, 10 11 2025.
review-goals-title = How each goal is going
    .symbol = goal
review-goals-hint =
    For each goal, choose how it is going now.
    If you are not sure, leave it as "Not rated yet".
review-no-goals =
    There are no goals yet.
    Add goals first.
    Then come back to say how they are going.
review-rating = How does your family think it is going?
review-school-rating = How does the school think it is going?
review-school-rating-hint =
    Choose what the school said at the meeting.
    If you do not know, leave it as "Not rated yet".
review-family-comment = What your family says (you can leave this empty)
review-family-comment-hint =
    What has changed?
    What helped?
    What did not help?
review-young-person-comment = What { $name } says, in their own words (you can leave this empty)
review-young-person-comment-hint =
    { $name } can type here.
    Or you can write down what they said, just as they said it.
review-overall-title = Right now
review-what-is-working = What is going well? (you can leave this empty)
review-what-is-not-working = What is not going well? (you can leave this empty)
review-what-is-not-working-hint =
    What is hard?
    What needs to change?
review-conflict-title = Someone else saved this review point
    .symbol = warning
review-conflict-body =
    Someone in your family saved changes while you were writing.
    The newest saved version is shown first.
    The form below still has what you typed.
    Check both.
    Then save again to keep yours.
review-saved-what-is-working = What is going well
review-saved-what-is-not-working = What is not going well

## Progress (pages/progress.rs)
progress-page-title = Progress
    .symbol = progress
progress-page-intro =
    This page shows how each goal went at each review point.
    The ratings go from ○ not started to ● achieved.
    Each goal has a chart and a table.
    They show the same ratings.
    Use the one that is easier for you.
progress-year-intro =
    This shows which goals got better, stayed the same or went back.
    We compare the family's first rating this school year with the newest one.
progress-year-none =
    To see how a goal went this school year,
    it needs ratings from 2 review points this year.
progress-no-goals =
    There are no goals yet.
    Add goals.
    Then say how they are going at each review point.

## Text kept while typing
drafts-restored =
    We put back what you were writing last time.
    It is not saved yet.
    Check it, then save it.
    .symbol = warning

## Local Offer: search problems
error-age-not-valid =
    Type an age in years, from 0 to 25.
    For example, 7.
error-postcode-not-valid =
    Type the first part of a postcode, like DE22.
    Or type a whole postcode.
error-postcode-not-known =
    We do not know where that postcode is.
    Check it, or leave this box empty.

## Local Offer pages
local-offer-title = Find services: the Local Offer
    .symbol = local-offer
local-offer-intro =
    The Local Offer is your council's list of help.
    It is for children and young people with SEND.
    SEND means special educational needs and disabilities.
    It is for ages 0 to 25.
    You do not need to sign in to search it.
local-offer-q = What are you looking for?
    .symbol = search
local-offer-filters = Show only some services
local-offer-filters-chosen = { $count ->
    [one] Show only some services (1 choice made)
   *[other] Show only some services ({ $count } choices made)
}
local-offer-child-hint =
    We use their age.
    Or choose nobody and type an age below.
local-offer-need = What they need help with
local-offer-need-hint = Schools and councils use these 4 areas of need.
local-offer-category-social-care = Social care (help with care and daily life)
local-offer-use-location = Use where I am now
local-offer-location-refused =
    We could not find where you are.
    Type a postcode instead.
local-offer-location-in-use = We measure how far away services are from where you are now.
local-offer-tips = You can try these things:
local-offer-tip-words =
    Use fewer words.
    Or use other words for the same thing.
local-offer-tip-filters = Take away some of the choices you made.
local-offer-corrected =
    You typed { $typed }.
    We searched for { $read_as }.
local-offer-some-words =
    No service has all of your words.
    These services have some of your words.
local-offer-all-services =
    Here is every service, from A to Z.
    Type what you are looking for.
    Then the best services will come first.
local-offer-popular = Things people often search for:
local-offer-fix-problems =
    We could not search yet.
    Check what you typed:
local-offer-unavailable =
    We could not search just now.
    Please try again in a few minutes.
local-offer-update-failed =
    We could not show new results.
    Press Search to try again.
local-offer-cost-not-said = Cost not known
local-offer-why = Why we show this:
local-offer-reason-corrected = you typed “{ $typed }” and we searched for “{ $read_as }”
local-offer-reason-category = kind of service: { $category }
service-not-found-title = We could not find this service
    .symbol = search
service-not-found-body =
    The link may be wrong.
    Or the council may have changed it.
    Search the Local Offer again.
service-not-listed-title = The council does not list this service any more
    .symbol = warning
service-not-listed =
    It may have closed or changed.
    We still show it because families saved it.
    Check with the service before you go.
service-closed = This service is closed for now.
    .symbol = warning
service-row-needs = What needs it helps with
service-needs-all =
    All needs.
    The council has not said which needs.
service-cost = Cost
    .symbol = money
service-referral-needed =
    You need a referral.
    This means someone else asks for the service for you.
    For example, a doctor, your school or a social worker.
service-referral-not-needed =
    You can contact them yourself.
    You do not need anyone else to ask for you.
service-referral-not-said =
    The council has not said if you need a referral.
    A referral is when someone else asks for the service for you.
    For example, a doctor or your school.
service-contact = How to contact them
    .symbol = phone
service-no-contact = The council has not said how to contact them.
service-accessibility = Getting in and moving around the place
service-access-not-said =
    The council has not said how easy it is to get into the place.
    It has not said how easy it is to move around inside.
service-updated-old-title = This may be old information
    .symbol = warning
service-updated-old =
    The council last updated this more than 1 year ago.
    Some details may have changed.
    Check with the service before you go.
service-save-title = Save to your child's record
    .symbol = save
service-save-intro =
    Keep this service with your child's record.
    You can add a note for yourself.
service-save-no-children =
    Add a child first.
    Then you can save services to their record.
saved-services-title = Services you saved
    .symbol = local-offer
saved-services-not-listed = The council does not list this any more

## Local Offer: saving a service
service-save-note-hint =
    For example: We rang on 3 March.
    They will call back.

## Languages on every page, read aloud, words explained
read-aloud-start = Read the page out loud
    .symbol = read-aloud
read-aloud-no-voice =
    This phone or computer has no voice for { $language }.
    So it cannot read this page out loud.
    You may be able to add a voice in its settings.
read-aloud-no-speech = This web browser cannot read pages out loud.
info-more-title = More help
    .symbol = help

## Glossary: every term
# Easy Read meanings: at most 2 short sentences. Abbreviations are spelled out in the term itself.
glossary-ehc-needs-assessment-meaning =
    The council checks if your child needs an EHC plan.
    You or the school can ask. From 16, a young person can ask too.
    You get an answer within 6 weeks.
glossary-graduated-approach-meaning =
    How a school gives SEN support, in 4 steps: assess, plan, do, review.
    The school tries some help, checks if it works, and changes it if needed.
glossary-senco-meaning =
    The teacher in charge of special educational needs at a school.
    Talk to them if you are worried about your child's needs.
glossary-personal-budget-meaning =
    Money for some of the help in an EHC plan, if you ask for it.
    It can give you a say in the help, or let you arrange it.
glossary-tribunal-meaning =
    A panel that does not work for the council.
    Asking it to change a council choice is called an appeal.
glossary-mediation-meaning =
    A free meeting you can choose, to sort out a problem with the council.
    Someone who does not take sides helps you talk it through.
glossary-ep-meaning =
    An expert in how children learn, think and feel.
    They meet your child, then write what your child needs and what will help.
glossary-salt-meaning =
    Help from a speech and language therapist with talking, listening and understanding.
    It can also help with eating and drinking.
glossary-ot-meaning =
    Help with everyday things, like getting dressed, eating, writing or moving around.
    An occupational therapist gives it.
glossary-camhs = CAMHS (Child and Adolescent Mental Health Services)
glossary-camhs-meaning =
    The NHS service for the mental health of children and young people.
    It helps with things like deep worry or low mood.
glossary-semh-meaning =
    One of the 4 areas of need.
    It is about feelings, behaviour and getting on with other people.
glossary-eotas-meaning =
    Learning outside school, arranged and paid for by the council in an EHC plan.
    It is not the same as choosing to teach your child at home.
glossary-ebsna-meaning =
    When worry or other strong feelings make going to school very hard.
    It is not the same as choosing to miss school.
glossary-phase-transfer-meaning =
    Moving to the next stage of school, like primary to secondary, or school to college.
    If your child has an EHC plan, the council must change it in time.
glossary-review-point-meaning =
    A time to check how each goal is going, and plan what comes next.
    Heard has 3 each school year, 1 each term.
glossary-outcome-meaning =
    The word schools and councils use for a goal.
    It says what will change for your child because of their help.

## Help and information pages
info-list-title = Help and information
    .symbol = help
info-list-lead =
    Short pages about help for children with SEND in England.
    SEND means special educational needs and disabilities.
    You can read the pages in any order.
glossary-page-title = Words and what they mean
    .symbol = words
glossary-page-lead =
    Schools and councils use a lot of special words.
    Here is what each word means, in plain words.
info-sen-support-title = What is SEN support?
    .symbol = school
info-sen-support-body =
    SEN support is extra help at school for a child with SEND.
    SEND means special educational needs and disabilities.
    Your child does not need an EHC plan to get SEN support.
    An EHC plan is a legal plan of help from the council.
    ## Who gives it
    Schools, colleges and nurseries must do their best for your child.
    The SENCO is in charge of this.
    The SENCO is the teacher in charge of special educational needs at the school.
    The school must tell you if your child gets SEN support.
    ## How it works
    The school follows 4 steps.
    This is called the graduated approach.
    - Assess: the school finds out what your child needs.
    - Plan: you and the school agree what help to give, and what should change.
    - Do: the school gives the help.
    - Review: you check together if the help works.
    Then the steps start again.
    Each time, the help can change.
    ## What the help can look like
    - Work in a small group.
    - Time with a teaching assistant.
    - Tools, like a picture timetable or a laptop.
    - Advice from an expert, like a speech and language therapist.
    ## What you can do
    The school should meet you 3 times a year, once each term.
    You know your child best.
    So what you think matters.
    What your child thinks matters too.
    Ask for a copy of your child's support plan.
    Then you know what help to expect.
    ## If it is not enough
    Some children need more help than the school can give.
    Then you can ask the council for an EHC needs assessment.
    This is when the council checks if your child needs an EHC plan.
    You can ask for it yourself.
    The school does not have to agree first.
info-ehc-plan-title = What is an EHC plan?
    .symbol = help
info-ehc-plan-body =
    An EHC plan is a legal plan.
    EHC means education, health and care.
    The plan says what your child needs.
    It also says what help your child must get.
    The council must make sure your child gets the help with learning in the plan.
    The NHS must give the health help in the plan.
    ## Who can get one
    - Children and young people from birth to age 25.
    - Those who need more help than their school or college can give.
    A plan can go on to age 25, while your child is still learning.
    The plan ends if your child goes to university.
    ## How to ask for one
    First the council must check your child's needs.
    This is called an EHC needs assessment.
    - You can ask for it in a letter or email to the council.
    - The school can ask for it too.
    - From age 16, a young person can ask for it.
    The council must say yes if both of these may be true:
    - Your child has special educational needs.
    - Your child needs an EHC plan.
    You do not have to prove it.
    The council asks you, your child, the school and experts what they think.
    ## How long it takes
    - Within 6 weeks, the council says if it will do the assessment.
    - Within 16 weeks, it says if it will make a plan.
    - Then you get a draft plan: the first version of the plan.
    - You have 15 days to say what you think of the draft plan.
    - You can also say which school or college you want.
    - Within 20 weeks of when you asked, the council must send the final plan.
    ## What is in the plan
    - What your child thinks, hopes for and likes.
    - Their needs in learning, health and care.
    - Outcomes: what will be different for your child because of the help.
    - The help your child must get, and who gives it and how often.
    - The name of the school or college.
    ## After that
    The plan must be checked at least once a year.
    This is called the annual review.
    You may not agree with the plan.
    Then you can ask a panel called the SEND Tribunal to change it.
    This is called an appeal.
info-rights-title = Your rights and important dates
    .symbol = rights
info-rights-body =
    SEND means special educational needs and disabilities.
    The law on SEND in England is the Children and Families Act 2014.
    A guide called the SEND Code of Practice explains this law.
    Schools and councils must follow it.
    ## Your rights
    - You and your child must be asked what you think.
    - People must listen to you and your child.
    - You can ask the council for an EHC needs assessment.
    - You can say which school or college you want in the EHC plan.
    - You can ask for a personal budget.
    - You can appeal if you do not agree with some council choices.
    An EHC needs assessment checks if your child needs an EHC plan.
    An EHC plan is a legal plan of help.
    The council must agree to the school or college you want.
    It can only say no if there is a good reason.
    A personal budget is money for some of the help in the plan.
    To appeal means you ask a panel called the SEND Tribunal to decide.
    After Year 11, at about age 16, these rights pass to your child.
    You can still help them.
    ## Dates for an EHC needs assessment
    These dates count from the day the council gets the request.
    - 6 weeks: the council says if it will check your child's needs.
    - 16 weeks: the council says if it will make a plan.
    - 20 weeks: you get the final plan.
    The draft plan is the first version of the plan.
    You have 15 days to reply to the draft plan.
    ## Dates for an annual review
    The annual review is a meeting to check the EHC plan.
    - The plan must be checked at a meeting at least every 12 months.
    - For a child under 5, it should be every 3 to 6 months.
    - You should get the reports at least 2 weeks before the meeting.
    - You should get a report of the meeting within 2 weeks after it.
    - Within 4 weeks of the meeting, the council must say what it will do.
    - The council can keep the plan, change it or end it.
    ## Moving school
    When your child moves on to a new stage of education, the plan must change.
    This is called phase transfer.
    - By 15 February, for a move to a new stage of school.
    - By 31 March, for a move from school to college at 16.
    ## If the council is late
    The council must keep to these dates.
    If it is late, you can complain.
    SENDIASS gives free advice about SEND.
    SENDIASS does not take sides.
info-adulthood-title = Getting ready for adult life
    .symbol = adulthood
info-adulthood-body =
    Your child will grow up.
    It helps to plan for adult life early.
    Schools and councils call this Preparing for Adulthood.
    ## When it starts
    It starts in Year 9, when your child is 13 or 14.
    From then, it is part of every annual review.
    The annual review is the yearly meeting to check your child's EHC plan.
    An EHC plan is a legal plan of help from the council.
    ## What it covers
    - Work, college or university.
    - Living on their own as much as they can.
    - Friends, relationships and being part of the community.
    - Good health.
    ## At 16
    At the end of Year 11, the law calls your child a young person.
    They can now make many choices for themselves.
    For example, they can ask the council for an EHC needs assessment.
    You can still help them, if they want you to.
    If they cannot make a choice, you can make it with them or for them.
    ## After Year 11
    In England, young people must keep learning until they are 18.
    They can choose:
    - Sixth form or college.
    - An apprenticeship: a job with training.
    - A supported internship: a job with extra help, for those with an EHC plan.
    - Work or volunteering, with some study as well.
    ## The EHC plan after 16
    An EHC plan can go on to age 25, while they are still learning.
    The plan ends if they go to university.
    Universities have their own help for disabled students.
    ## Health and care
    At 18, some health services change from child services to adult services.
    Ask early how this will work.
    This is so the help does not stop.
    ## What you can do
    - Talk with your child about their hopes and dreams.
    - At each review, ask what help they need for the next step.
    - Write their hopes in All about me on Heard.
info-complain-title = How to complain or appeal
    .symbol = complain
info-complain-body =
    There are ways to sort out a problem.
    Start with the easiest way.
    ## Talk first
    - Talk to the class teacher or the SENCO (the special needs teacher).
    - Ask for a meeting.
    - Write down what was agreed.
    ## Make a complaint
    - Every school has a way to complain.
    - Ask the school for it, or look on its website.
    - The council has a way to complain too.
    - If the council does not put it right, you can go to the Ombudsman.
    The Ombudsman is a free service that looks at complaints about councils.
    ## A meeting to sort it out
    The council must offer you a free meeting to sort out a problem.
    The problem can be with the school or with the council.
    Someone who does not take sides leads the meeting.
    You can have this meeting even if your child does not have an EHC plan.
    ## Appeal to the SEND Tribunal
    The SEND Tribunal is a panel that does not work for the council.
    Asking it to change a council choice is called an appeal.
    You can appeal if the council:
    - will not do an EHC needs assessment, a check of your child's needs.
    - will not make an EHC plan, a legal plan of help.
    - makes a plan you do not agree with.
    - names a school you do not want.
    - decides to end the plan.
    It is free to appeal.
    You do not need a lawyer.
    ## Mediation advice first
    In mediation, someone who does not take sides helps you and the council talk.
    Before most appeals, you must talk to a mediation adviser.
    Then you get a certificate.
    A certificate is a paper that says you did this.
    You do not have to do mediation.
    But you need the certificate to appeal.
    Do you only want to appeal about the school named in the plan?
    Then you do not need the certificate.
    ## Time limits
    - You have 2 months from the date on the council's letter about its choice.
    - Or 1 month from the date on your mediation certificate, if that is later.
    ## Unfair treatment
    A school must not treat your child unfairly because of a disability.
    If it does, you can also go to the SEND Tribunal.
    You have 6 months to do this.
    ## Get help
    SENDIASS and IPSEA are services that give free advice.
    Read the page called Where to get free advice.
info-advice-title = Where to get free advice
    .symbol = advice
info-advice-body =
    You do not have to do this on your own.
    These services give free advice about SEND.
    SEND means special educational needs and disabilities.
    ## SENDIASS
    Every council has a SENDIASS.
    It gives free advice and does not take sides.
    It can help you fill in forms and read reports.
    Someone from SENDIASS may come to meetings with you.
    To find it, search online for SENDIASS and the name of your council.
    ## IPSEA
    IPSEA is a charity.
    It gives free advice about the law.
    Its website explains your rights in plain words.
    It also has letters you can copy.
    It can help if you want to ask for a council choice to change.
    ## SOS!SEN
    SOS!SEN is a charity too.
    It has a free phone helpline about the law.
    It can help you get ready to ask for a council choice to change.
    ## Contact
    Contact is a charity for families with disabled children.
    It has a free phone helpline.
    It can help with money, benefits, school and health.
    Benefits are money from the government.
    ## The Local Offer
    The Local Offer is your council's list of help.
    It is for children and young people with SEND, from birth to age 25.
    It tells you about services, clubs and help near you.
    You can search it on Heard.
    ## Other people to ask
    - The SENCO, the teacher in charge of special needs at school.
    - Your doctor, or your health visitor.
    - A parent carer forum, a local group of parents of children with SEND.
    A health visitor is a nurse who helps families with young children.
    A parent carer forum works with the council to make services better.
    ## Tips
    - Keep copies of letters and emails.
    - Write down dates, and who said what.
    - If you do not understand something, ask again.
    It is fine to ask.

## Easy Read symbols: the text alternative of each picture
symbol-language = 2 speech bubbles
symbol-sign-in = An arrow going into a door


## People and consent: who can see a record, invitations, advocates, who has looked, my page, your data
error-date-in-past = This date must be today or after today.
error-tick-at-least-one = Tick at least 1 box.
people-title = Who can see { $name }'s record
    .symbol = privacy
people-lead =
    You choose who can see this record.
    You can stop sharing it at any time.
    When you stop sharing, it stops straight away.
people-not-yours-to-change = The young person now chooses who can see this record.
people-family-title = People in the family
people-advocates-title = Advocates: people who help you say what you want
people-waiting-title = Invitations nobody has used yet
people-seen-title = Who has looked at the record
people-seen-lead =
    We write down each time someone looks at this record.
    We also write down each time someone changes it.
people-ended-title = People who cannot see it any more
people-ended-item = could see { $parts }. They cannot see it any more.
invitation-works-until =
    The link works only 1 time.
    It works until { $date }.
invite-title = Invite someone
    .symbol = account
invite-lead =
    We make a link for you to send to them.
    The link works only 1 time.
    It works for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
invite-role-legend = Who do you want to invite?
invite-role-hint =
    Choose 1.
    { $name } can have their own account too.
invite-role-parent-or-carer =
    Another parent or carer.
    They can see and change the records of all your children.
invite-role-young-person =
    The young person the record is about.
    They can write in their own words.
    They can see their goals.
invite-role-advocate =
    An advocate: someone who helps you say what you want.
    They only see what you choose.
invite-for-name-hint = This helps you remember who each link is for.
invite-advocate-legend = Fill this in only if you invite an advocate
invite-advocate-hint =
    An advocate is someone who helps you say what you want.
    Choose what they can see.
invite-until-legend = Until when can they see it? (you can leave this empty)
invite-until-hint =
    Sharing stops at the end of this day.
    Leave it empty to share until you stop it.
    For example, 31 3 2027.
invitation-link-lead =
    Only send the link to the person you are inviting.
    Anyone who has the link can use it.
invitation-link-hint =
    Copy the link.
    Then send it in any way you like.
invitation-qr-lead =
    Is the person with you now?
    They can point their phone camera at this code.
    Then the link opens on their phone.
invitation-qr-label = A QR code: a square picture that opens the link
invitation-expired-title = This link has stopped working
invitation-expired-body =
    Each link only works for 7 days.
    Ask the family to send you a new link.
invitation-used-title = Someone has already used this link
invitation-used-body =
    Each link only works 1 time.
    Ask the family to send you a new link.
invitation-unknown-title = We cannot find this link
invitation-unknown-body =
    Check that you have the whole link.
    Or the family may have cancelled it.
invitation-already-young-person-title = This account already has a record of its own
invitation-already-young-person-body =
    A young person's account is for 1 record only.
    Sign in with a different account.
    Or make a new account.
invitation-already-with-family-title = This link is not for you
invitation-already-with-family-body =
    Your account already has a place with this family.
    So you cannot use this link as well.
    Nothing has changed.
    The link still works for the person it is for.
accept-title = You have an invitation
    .symbol = sign-in
accept-as-parent =
    { $from } invites you to look after records with them.
    The records are about { $children }.
accept-as-young-person =
    { $from } invites you to have your own account on Heard.
    It is for your own record, { $name }.
accept-as-advocate =
    { $from } asks you to help with { $name }'s record.
    You will be their { $role }.
accept-sign-in-first =
    To say yes, sign in.
    Or make an account.
    An account is free.
seen-title = Who has looked at { $name }'s record
    .symbol = search
seen-lead =
    Here is everyone who looked at this record or changed it.
    The newest is at the top.
    We do not show the times you looked.
seen-download = { $who } ({ $role }) took a copy of the whole record.
advocate-title = Families you help
    .symbol = family
advocate-lead =
    These families asked you to help them.
    You only see what each family chose to share with you.
advocate-none =
    No family has shared a record with you yet.
    A family can send you a link.
    Open the link to start.
my-page-title = My page
    .symbol = about-me
my-page-words-none =
    There is nothing here yet.
    You can write something below.
    Or you can sort the picture cards.
my-page-write-hint =
    What matters to you?
    What do you like?
    What do you want?
    Use your own words.
my-page-goal-latest = How it went last time: { $rating }
my-page-goal-not-rated = Nobody has checked this goal yet.
my-page-cards-lead =
    Look at each card.
    Do you like it?
    Are you not sure?
    Or do you not like it?
    Put the card in the pile that fits you.
my-page-voice-title = Voice notes: say it out loud
my-page-voice-lead =
    You can say what you think out loud.
    We save your recording with your record.
my-page-voice-typed =
    You do not have to talk.
    You can write in the box above instead.
pile-unsorted = Not in a pile yet
card-put-in = Put { $card } in the pile: { $pile }
card-put-back = Take it out of the pile
card-put-back-named = Take { $card } out of the pile
card-skip = Skip this card for now
card-unsorted = { $card } is not in a pile now.
cards-all-sorted = You have put every card in a pile.
cards-piles-hint =
    Do you want to move a card?
    Press its name.
voice-note-start = Start recording your voice
voice-note-save = Save the recording
voice-note-again = Record it again
voice-note-recording =
    We are recording you now.
    Press Stop when you have finished.
voice-note-saved = Your voice note is saved.
voice-note-not-supported =
    This web browser cannot record sound.
    You can write instead.
voice-note-microphone-refused =
    We could not use the microphone.
    Check that Heard is allowed to use it.
    Or write instead.
voice-note-failed =
    Your voice note did not save.
    Nothing is lost.
    Try again.
voice-note-not-audio =
    This is not a sound recording.
    Try recording again.
voice-note-too-big =
    This recording is too big.
    Try a shorter one.
voice-note-no-room =
    There is no room for more recordings.
    Delete an old one.
    Then save this one again.
voice-note-too-often = { $minutes ->
    [one]
        You saved a lot of recordings this hour.
        Wait 1 minute.
        Then save this one again.
   *[other]
        You saved a lot of recordings this hour.
        Wait { $minutes } minutes.
        Then save this one again.
}
rights-16-title = Choosing who can see the record
    .symbol = rights
rights-16-you-can =
    You are now old enough to choose who sees your record.
    The law says this starts at the end of Year 11.
    That is when you are about 16.
rights-16-help =
    You can choose who sees it, if you want to.
    Your family can still help you.
rights-16-take-control = I want to choose who sees my record
rights-16-you-decide = You choose who sees your record.
rights-16-they-can =
    { $name } is now old enough to choose who sees this record.
    They can do this on their own page.
rights-16-they-decide = { $name } now chooses who sees this record.
your-data-title = { $name }'s information
    .symbol = save
your-data-lead =
    This record belongs to you.
    You can take a copy at any time.
    You can also delete it.
your-data-download-lead =
    The file has everything we keep about this child.
    Other apps and services can open the file.
    The copy to read has the same things.
    You can print it.
your-data-download = Save a copy of everything as a file
your-data-delete-lead =
    This deletes everything about { $name }.
    You cannot get it back.
record-copy-print =
    To print this page, use the print button in your web browser.
    You can also save it as a PDF file this way.
record-copy-voice-notes = { $count ->
    [one]
        1 voice note.
        To hear it, download the file.
   *[other]
        { $count } voice notes.
        To hear them, download the file.
}
delete-wrong-password =
    That is not your password.
    Type it again.
delete-cannot-undo = You cannot get it back after this.
delete-child-title = Delete { $name }'s record
    .symbol = warning
delete-child-what =
    Everything about { $name } will be deleted.
    This means all about me, goals and review points.
    It means saved services, picture cards and voice notes.
    It means who can see the record, and who has looked.
    Nobody can get it back.
    We cannot get it back either.
delete-child-confirm = I understand that { $name }'s record will be gone, and cannot come back.
delete-account-title = Delete your account
    .symbol = warning
delete-account-what =
    Your account will be gone.
    You will not be able to sign in with it again.
delete-account-family =
    Are you the only parent or carer in your family?
    Then your children's records are deleted too.
    Is there another parent or carer in your family?
    Then the records stay with them.
delete-account-first =
    You may want to take a copy of each child's record first.
    You can do this on each child's "Who can see" page.
delete-account-confirm = I understand that my account will be gone, and cannot come back.
account-deleted-title = Your account is deleted
    .symbol = done
account-deleted-body =
    We have deleted your account.
    We have also deleted what was in it.
account-deleted-home = Go to the home page
