//! The program's words in English: every sentence, one exhaustive match.

use super::Sentence as S;

/// Values the code gives a sentence that English does not say but another language may: French
/// names a day twice listed by its French name as well as its code, and a goal by its label.
#[cfg(test)]
pub const SAID_ELSEWHERE: &[(S, &str)] =
    &[(S::BrokenDayTwice, "day_name"), (S::BrokenGoalTwice, "goal_label")];

pub fn template(sentence: S) -> &'static str {
    match sentence {
        // model/audience.rs
        S::Ages13To17 => "13-17",
        S::Ages18To29 => "18-29",
        S::Ages30To49 => "30-49",
        S::Ages50To64 => "50-64",
        S::N65AndOver => "65 and over",
        S::ConsumersInSentence => "consumers",
        S::BusinessBuyers => "business buyers",
        S::JobSeekers => "job seekers",
        S::ToKeepUpWithFriends => "to keep up with friends and family",
        S::ToFindLocalPlaces => "to find local places and shops",
        S::ToPlanAPurchase => "to plan a purchase and collect ideas",
        S::ToBeEntertained => "to be entertained",
        S::ForProfessionalNewsAndNetworking => "for professional news and networking",
        S::ToLookForAJob => "to look for a job",
        S::ToReadReviews => "to read reviews",
        S::ToAskABusiness => "to ask a business a question",
        S::ToFollowTheNews => "to follow the news",
        S::ForHobbyCommunities => "for hobby communities",
        S::ToLearnHowToDo => "to learn how to do things",

        // model/broken.rs
        S::ThePDF => "the PDF",
        S::TheCalendar => "the calendar",
        S::ThePlanWritten => "the plan written",
        S::TheSummary => "the summary",
        S::ProductsInSentence => "products",
        S::Scenarios => "scenarios",
        S::ChosenPlatformsInSentence => "chosen platforms",
        S::CustomPlatforms => "custom platforms",
        S::CalendarEvents => "calendar events",
        S::IdeasInSentence => "post ideas",
        S::MiB => "MiB",
        S::Bytes => "bytes",

        // What is wrong with a plan or a file (model/broken.rs): numbers
        S::BrokenNotANumber => "{value} is not a number this plan can use",
        S::BrokenFromTo => "{value} must be from {min} to {max}",
        S::BrokenMoreThan => "{value} must be more than {min} and at most {max}",
        S::BrokenOffTheMap => "{value} is outside the map: use a number from 0 to 1",
        S::BrokenResponseTarget => {
            "{value} hours: a response target is from {min} (a quarter of an hour) to {max} (four weeks)"
        }
        S::BrokenOpenDaysCount => "{days} open days: a week has 1 to 7",
        S::BrokenOpenHours => "{hours} open hours: a day has more than 0 and at most 24",
        S::BrokenDailyLimit => "{hours} hours a day: the daily limit is more than 0 and at most 24",
        S::BrokenFollowers => "{value} followers: at most {max}",
        S::BrokenMoreThanAWeek => {
            "\"{platform}\" alone would take {hours} h a week, more than the {week_hours} h a week has: lower its posts, followers, replies or minutes"
        }

        // What is wrong (model/broken.rs): names and texts
        S::BrokenNameControl => {
            "the name holds a control character (a line break, a tab, an escape): write it on one line"
        }
        S::BrokenBlank => "the name is empty",
        S::BrokenEmptyIdea => "the idea is empty",
        S::BrokenNameTooLong => "the name is longer than {max} characters",
        S::BrokenTextControl => "the text holds a control character other than a line break or a tab",
        S::BrokenTextTooLong => "the text is longer than {max} characters",

        // What is wrong (model/broken.rs): the week
        S::BrokenNoOpenDay => "no open day: list at least one, as [Mon, Tue, Wed, Thu, Fri]",
        S::BrokenDayTwice => "{day} is listed twice: list each open day once",
        S::BrokenOpensAtEndOfDay => {
            "opens at 24:00, the end of the day: a business that opens at midnight writes \"00:00\""
        }
        S::BrokenRushEndsBeforeStart => {
            "a busy time from {from} to {to} ends before it starts: it is a stretch of one day, its end after its start"
        }
        S::BrokenClosesBeforeOpens => {
            "closes at {closes} and opens at {opens}: closing comes later the same day, or after midnight by {latest} and within {longest} h of opening"
        }
        S::BrokenNotATime => {
            "\"{text}\" is not a time of day: write it as \"HH:MM\", from \"00:00\" to \"24:00\""
        }

        // What is wrong (model/broken.rs): the plan's lists
        S::BrokenTooMany => "{count} {what}: at most {max} are allowed",
        S::BrokenNoScenario => "a plan needs at least one scenario",
        S::BrokenNoFormat => "a platform takes at least one format",
        S::BrokenGoalTwice => "{goal} is listed twice: keep each goal once",
        S::BrokenSameName => "two {what} are called \"{name}\": give each its own name",
        S::BrokenSameCustomId => "two custom platforms have the id \"{id}\"",
        S::BrokenIdTaken => "\"{id}\" is already the id of a platform in the catalogue: pick another id",
        S::BrokenUnknownInbox => {
            "no inbox group is called \"{group}\": use one of {known} or a group another custom platform names"
        }
        S::BrokenUnknownScenario => "no scenario is called \"{name}\"; the scenarios are {known}",
        S::BrokenQuotedName => "\"{name}\"",
        S::BrokenUnknownPlatform => "no platform has the id \"{id}\"; known ids: {known}",
        S::BrokenChosenTwice => "\"{platform}\" is chosen twice: keep one choice per platform",
        S::BrokenReusesItself => "\"{platform}\" cannot reuse its own posts: name another chosen platform",
        S::BrokenReuseCycle => {
            "\"{platform}\" reuses \"{source}\", which reuses \"{platform}\": a reuse cycle; one of them must make its own posts"
        }
        S::BrokenReuseChain => {
            "\"{source}\" itself reuses \"{further}\": reuse straight from a platform that makes its own posts"
        }
        S::BrokenReuseNotChosen => {
            "\"{platform}\" reuses \"{source}\", which is not chosen in this scenario: choose it too, or remove reuse_from"
        }

        // What is wrong, said in the window by the platforms' names (model/broken.rs)
        S::BrokenReuseNotChosenNamed => {
            "{platform} reuses the posts of {source}, which is not chosen in this scenario: choose it too, or let {platform} make its own posts"
        }
        S::BrokenReusesItselfNamed => {
            "{platform} cannot reuse its own posts: let it make them, or pick another chosen platform"
        }
        S::BrokenUnknownPlatformNamed => {
            "{platform} is neither in the catalogue nor one of your own platforms: take it out of the plan"
        }

        // What is wrong (model/broken.rs): the file's format
        S::BrokenUnknownLanguage => "unknown language \"{code}\": use \"fr\" or \"en\"",
        S::BrokenBadId => {
            "an id holds only letters, digits, - and _ (at most 64; an event's UID also . and @): leave it as socialplan wrote it, or delete the line to get a new one"
        }
        S::BrokenSameScenarioId => {
            "two scenarios have the id \"{id}\", a copy made by hand perhaps: delete the id line of the copy, and it gets its own"
        }
        S::BrokenNotADate => "\"{text}\" is not a date: write it as \"YYYY-MM-DD\"",
        S::BrokenOtherFormat => "format {found} is not format {expected}",
        S::BrokenNewerFormat => {
            "this plan was written by a newer version of socialplan (plan format {found}); this version reads format {reads}. Update socialplan to open it: it is not opened here, so that nothing in it is lost"
        }
        S::BrokenNoSuchFormat => {
            "plan format {found} does not exist; this version reads formats {oldest} to {newest}"
        }
        S::BrokenNotInFormat => "a format {format} plan has no {field}: it came with format {since}",
        S::BrokenFormerField => "{field} belongs to older formats; format {format} writes {now} instead",
        S::BrokenCadence => {
            "{posts} post(s) every {every_weeks} weeks is not a cadence: write whole posts a week ({whole}), or one post every 2, 3 or 4 weeks ({spread})"
        }
        S::BrokenListedTwice => "an entry is listed twice: list each once",
        S::BrokenChoicesOutsideScenarios => "in format 2 the choices go inside a scenario: {example}",
        S::BrokenBothDayForms => "write either {new} or the older {old}, not both",
        S::BrokenBothHourForms => "write either {opens} and {closes} or the older {old}, not both",
        S::BrokenMissing => "the field {field} is missing",
        S::BrokenMissingAs => "the field {field} is missing, as {example}",
        S::BrokenUnknownField => "unknown field {found} (a typo?); the fields allowed here are: {expected}",
        S::BrokenFieldTwice => "the field {field} is written twice",
        S::BrokenNotAllowed => "{found} is not allowed here; use one of: {expected}",
        S::BrokenExpectedNumber => "expected a number here",
        S::BrokenExpectedText => "expected a text in double quotes here",
        S::BrokenExpectedFieldName => "expected a field name here: is a bracket or a comma out of place?",
        S::BrokenExpectedComma => "expected a comma here",
        S::BrokenWrongStructName => "expected {expected} or just {bare}, found {found}",
        S::BrokenEndsEarly => "the file ends too early: a closing bracket or parenthesis is missing",
        S::BrokenTooDeep => "the file nests brackets too deeply to be a plan",
        S::BrokenNotUtf8 => {
            "the file is not UTF-8 text: was it saved by another program? Save it as UTF-8 text"
        }

        // What is wrong (model/broken.rs): reading and writing files
        S::BrokenTooBig => {
            "the file holds more than {size} ({bytes} bytes), the most this file can hold: is it really the right file?"
        }
        S::BrokenLinkToNothing => "a link to nothing: name a real file",
        S::BrokenIsThePlan => "that is the plan itself: {output} would replace it; choose another name",
        S::BrokenNotAnEarlierPdf => {
            "this file is not a PDF (a plan? a text?), so it is not replaced: choose another name"
        }
        S::BrokenNotAnEarlierCalendar => {
            "this file is not a calendar (a plan? a text?), so it is not replaced: choose another name"
        }
        S::BrokenNotAnEarlierPlan => {
            "this file is not a plan (a text? a calendar?), so it is not replaced: choose another name"
        }
        S::BrokenNotAnEarlierSummary => {
            "this file is not an earlier summary, so it is not replaced: choose another name"
        }
        S::BrokenReadOnlyFile => {
            "the file is marked read-only, so it is not replaced: make it writable, or choose another name"
        }
        S::BrokenLocked => {
            "another socialplan is changing this plan right now (it holds {lock}): nothing was written; try again in a moment"
        }
        S::BrokenNotOurCalendar => {
            "this calendar was written by another program ({prodid}), so it is not replaced: choose another name"
        }
        S::BrokenCalendarOfAnotherPlan => {
            "this calendar was written by socialplan for another plan (or by an older version), so it is not replaced: choose another name"
        }
        S::BrokenNothingToExport => {
            "the scenario \"{scenario}\" has no platform chosen: a calendar needs at least one event; choose a platform first"
        }
        S::BrokenFolder => "that is a folder, not a file",
        S::BrokenPipe => "that is a pipe (FIFO), not a file: it is not read, since it could wait forever",
        S::BrokenDevice => "that is a device, not a file: it is not read",
        S::BrokenSocket => "that is a socket, not a file: it is not read",
        S::BrokenNotOrdinaryFile => "that is not an ordinary file: it is not read",
        S::BrokenFileMissing => "the file or its folder does not exist",
        S::BrokenNoPermission => {
            "permission denied: the file or folder is read-only, or belongs to someone else"
        }
        S::BrokenDiskFull => "the disk is full: free some space and save again",
        S::BrokenReadOnlyDisk => "the disk is read-only: save the plan somewhere else",
        S::BrokenReadingPrevious => "reading the previous version: {why}",
        S::BrokenKeepingPrevious => "keeping the previous version: {why}",

        // What is wrong (model/broken.rs): an example written as the file writes it, so never respaced
        S::BrokenScenariosExample => "`scenarios: [(name: \"My plan\", choices: [...])]`",

        // model/goal.rs
        S::Awareness => "Awareness",
        S::Sales => "Sales",
        S::CustomerService => "Customer service",
        S::Recruiting => "Recruiting",

        // model/migration.rs
        S::MigratedStarterIdeas => {
            "post ideas: the starter ideas for your kind of business stand in until you keep them or write your own (Ideas)"
        }
        S::MigratedPromisesInOpeningHours => {
            "answer times are counted in opening hours, with an away message for the rest of the time: that is what this plan's week did"
        }

        // What changed when an older plan was read (model/migration.rs)
        S::MigratedCadence => "{platform}: {posts} posts a week becomes {cadence}, which a calendar can show",
        S::MigratedAudience => "your audience, from your products and goals: {customers}",

        // model/opening.rs
        S::Monday => "Monday",
        S::Tuesday => "Tuesday",
        S::Wednesday => "Wednesday",
        S::Thursday => "Thursday",
        S::Friday => "Friday",
        S::Saturday => "Saturday",
        S::Sunday => "Sunday",
        S::Mon => "Mon",
        S::Tue => "Tue",
        S::Wed => "Wed",
        S::Thu => "Thu",
        S::Fri => "Fri",
        S::Sat => "Sat",
        S::Sun => "Sun",

        // model/plan.rs
        S::Local => "Local",
        S::Regional => "Regional",
        S::National => "National",
        S::International => "International",
        S::MyPlan => "My plan",

        // model/post_format.rs
        S::Text => "Text",
        S::Image => "Image",
        S::ShortVideo => "Short video",
        S::LongVideo => "Long video",

        // model/scenarios.rs
        S::AnotherScenarioHasThatName => "another scenario has that name",
        S::Scenario => "Scenario",
        S::Copy => "copy",

        // Where in a file (storage/error.rs)
        S::AtLineColumn => ":{line}:{column}",
        S::InField => ": {field}",

        // storage/error.rs
        S::CouldNotSave => "could not save",

        // Parts of a plan, as the owner sees them (storage/place.rs)
        S::ProductNamed => "Product {name}",
        S::YourPlatformNamed => "Your platform {name}",
        S::ScenarioNamed => "Scenario {name}",
        S::ChoiceNumber => "choice {number}",
        S::TheBusiness => "The business",
        S::TheAudience => "The audience",
        S::YourHours => "Your hours",
        S::TheCurrentScenario => "The current scenario",
        S::TheNotes => "The notes",

        // analysis/cost.rs
        S::SharedOrAdaptedPosts => "shared or adapted posts",
        S::OnePlanningSession => "one planning session",

        // What shared work saves (analysis/cost.rs)
        S::OneInbox => "one {inbox} inbox",
        S::SharedSavesOne => "{shared} saves {hours} a week",
        S::SharedSavesOther => "{shared} save {hours} a week",

        // The longest wait (analysis/drill.rs)
        S::WorstCaseWait => "{what} on {from} at {from_at} waits until {until} at {until_at}: {hours}",
        S::WorstCaseWaitAWeek => {
            "{what} on {from} at {from_at} waits until the next {until} at {until_at}: {hours}"
        }
        S::AMessage => "a message",
        S::AReview => "a review posted",
        S::TooLongClosed => {
            ". Customers there expect an answer within {expected}: even with the promise kept in opening hours, this is too long for them. Look from the phone once a day while you are closed."
        }
        S::TooLongLooks => {
            ". Customers there expect an answer within {expected}: even with the promise kept in opening hours, this is too long for them. Look at least once every open day, and promise a faster answer."
        }
        S::OfWhichOpen => "of which {hours} open",
        S::LongestInOpeningHours => "the longest in opening hours: {hours}",

        // Fit my week (analysis/fit)
        S::FittedTo => "Fitted to {hours}",

        // Why Fit my week kept or left out a platform (analysis/fit/reasons.rs)
        S::AnswersInOpeningHours => "answers within {hours} h of opening hours",
        S::AnswersAnyTime => "answers within {hours} h, any time",
        S::FitKept => "{platform}: {cadence} as {format}, {promise}; {hours} a week; ranked #{rank}",
        S::FitKeptServes => ", serves {goals} well",
        S::FitKeptShowsProducts => "; shows your products to the people who buy them",
        S::FitKeptFoundLocally => "; local customers look you up there",
        S::FitKeptOnlyFoundLocally => {
            "; ranked low for its audience, kept because local customers look you up there"
        }
        S::FitKeptShares => "; shares {source}'s posts (a switch)",
        S::FitKeptAdapts => "; adapts {source}'s posts",
        S::FitPastTheMost => "ranks below #{max}, and a scenario holds at most {max} platforms",
        S::FitFarBelowTheBest => "is too far below the best to be worth your hours",
        S::FitBringsLess => "would fit only by taking from the platforms kept, which bring more",
        S::FitWouldTake => "would take {hours} a week ({promise})",
        S::FitWouldTakeAt => "would take {hours} a week at {cadence} as {format} ({promise})",
        S::FitThatMakes => "; that makes {total}, {over} more than you have",
        S::FitWithThatMakes => "; with {platforms} that makes {total}, {over} more than you have",
        S::FitLeftOut => "{platform} (ranked #{rank}): left out, it {why}.",
        S::FitAndIt => "; it {why}",

        // analysis/map.rs
        S::ConsumersInPictures => "Consumers, in pictures",
        S::BusinessesInPictures => "Businesses, in pictures",
        S::ConsumersInWords => "Consumers, in words",
        S::BusinessesInWords => "Businesses, in words",

        // analysis/recommend.rs
        S::NoProductOnTheMap => "no product on the map to place it against",
        S::WhereBusinessBuyersAre => "where business buyers are",
        S::WhereJobSeekersLook => "where job seekers look",
        S::LittleUsedByBrands => "little used by brands",
        S::WhereLocalCustomersLook => "where local customers look",
        S::ReasonSeparator => "; ",
        S::ListAnd => " and ",

        // Why a platform is ranked where it is (analysis/recommend.rs)
        S::FarFromProducts => "far from your products on the map (nearest: {nearest})",
        S::CloseToProducts => "close to {products} on the map",
        S::CloseToProductsAndMore => "close to {products} and {more} more on the map",
        S::OfAdults => "of adults",
        S::OfPeopleAged => "of people aged {ages}",
        S::UsedBy => "used by {percent} {who}",
        S::PeopleGoThere => "people go there {purpose}",
        S::StrongFor => "strong for {goals}",
        S::WeakFor => "weak for {goals}",

        // What a change saves (analysis/savings.rs)
        S::SavingShare => {
            "sharing {source}'s posts on {platform} as they are (a switch) saves {hours} a week"
        }
        S::SavingOpeningHours => {
            "answering on {platform} in opening hours, with an away message for the rest of the time, saves {hours} a week"
        }
        S::SavingReuse => {
            "adapting {source}'s posts for {platform} instead of making new ones saves {hours} a week"
        }
        S::SavingRelaxResponse => {
            "answering within {to} h instead of {from} h on {platform} saves {hours} a week"
        }
        S::SavingNoStories => "leaving the {stories} Stories a week on {platform} saves {hours} a week",
        S::SavingFewerPosts => "posting {to} instead of {from} on {platform} saves {hours} a week",
        S::SavingFewerPostsWithFollowers => {
            "posting {to} instead of {from} on {platform} and on what takes its posts ({followers}) saves {hours} a week"
        }
        S::SavingLighterFormat => "posting {to} instead of {from} on {platform} saves {hours} a week",
        S::SavingDrop => "leaving {platform} saves {hours} a week",
        S::SavingDropOnlyFor => "; but it is the only chosen platform that serves {goals} well",

        // analysis/week/items.rs
        S::MakeAStory => "Make a Story",
        S::ReadTheMessagesOnThePhone => "Read the messages on the phone and answer",
        S::ReadTheMessagesAndAnswer => "Read the messages and answer",
        S::PrepareNextWeekAndRead => "Prepare next week and read the statistics",

        // The week's work (analysis/week/items.rs)
        S::WorkAbout => "{work} about \"{topic}\"",
        S::ShareThePost => "Share the {source} post",
        S::AdaptThePost => "Adapt the {source} post",
        S::WorkOnTheNextPost => "Work on the next post (one every {weeks} weeks)",
        S::WriteThePost => "Write the post",
        S::ScheduledEveryWeeks => "Scheduled to go out, every {weeks} weeks",
        S::ScheduledToGoOut => "Scheduled to go out",

        // What the owner should know about the week (analysis/week/items.rs)
        S::NoticeEveryFewWeeks => {
            "{platform}: one post every {weeks} weeks; the work on it is spread over those weeks, and it goes out every {weeks} weeks"
        }
        S::NoticeDayOverLimit => {
            "{day} needs {hours}, more than the {limit} a day you can give: move a post, answer less fast or post less"
        }
        S::NoticeWeekOverLimit => {
            "The week needs {hours}, but your open days hold only {capacity} at the daily limit"
        }
        S::NoticeNightLooks => {
            "{platform}: answering within {hours} h at any time means looking at night too; promise an answer in opening hours instead"
        }
        S::NoticeNoRoom => "{day} is too full: some work there overlaps other work",
        S::NoticeMoveOfGoneItem => {
            "The move of \"{item}\" is kept but not applied: that item is no longer in the week"
        }
        S::NoticeMoveToClosedDay => {
            "The move of \"{item}\" to {day} is kept but not applied: that day is no longer open"
        }

        // report/calendar.rs
        S::You => "you",
        S::MinutesMinByWhoPlanned => "{minutes} min, by {who}. Planned by socialplan.",

        // Lists cut short in a cell (report/compare.rs, analysis/recommend.rs)
        S::AndMore => "{items} and {more} more",

        // report/compare.rs
        S::WithinBudget => "within budget",
        S::Over => "over",
        S::AnyTimeInBrackets => " (any time)",
        S::StarTheCurrentScenario => "* the current scenario",
        S::ShareOfYourAudienceUses => "{share} of your audience uses it",
        S::ShareOfYourAudienceUsesOne => "{share} of your audience uses one of these",
        S::TotalBudget => "Total / budget",
        S::Status => "Status",
        S::AnswersWithin => "Answers within",
        S::GoalsServedWell => "Goals served well",

        // Dates on paper (report/pdf.rs)
        S::DateInWords => "{day} {month} {year}",
        S::FirstOfTheMonth => "1",
        S::January => "January",
        S::February => "February",
        S::March => "March",
        S::April => "April",
        S::May => "May",
        S::June => "June",
        S::July => "July",
        S::August => "August",
        S::September => "September",
        S::October => "October",
        S::November => "November",
        S::December => "December",

        // report/reactivity.rs
        S::And => "and",
        S::ThankYouForTellingUs => {
            "Thank you for telling us, and we are sorry about what happened. We are looking into it now and will come back to you today: could you send us a private message, or call us, so that we can put it right together?"
        }
        S::ThePersonWhoDecides => "the person who decides",
        S::OnDaysOffAndHolidays => "On days off and holidays: {cover}",
        S::AComplaintOrBadNews => {
            "A complaint or bad news: answer in public as soon as it is seen, within {first} at most, with the holding reply below. Delete nothing."
        }
        S::MoveToAPrivateMessage => {
            "Move to a private message or a phone call as soon as personal details are needed (an order, an address, a number), or at the second public exchange."
        }
        S::PutItRightAndCome => "Put it right and come back to say so in public, within {settled}.",
        S::IfItSpreadsTellDecides => {
            "If it spreads: tell {decides} at once, publish one clear answer, and keep it up to date."
        }
        S::AfterwardsWriteDownWhatHappened => {
            "Afterwards: write down what happened and prepare the answer for next time."
        }

        // Days and the away message (report/reactivity.rs)
        S::OnDay => "{day}",
        S::FromDayToDay => "{first} to {last}",
        S::AwayMessageText => {
            "Thank you for your message! We are closed right now. We answer {days}, {opens} to {closes}: you will hear from us within {hours} opening hours."
        }
        S::NoAutoReplyThere => {
            "{platforms}: no automatic reply there; say your opening hours and how fast you answer in the profile's description."
        }
        S::AwayMessageDaysOne => {
            "Thank you for your message! We are closed right now. We answer {days}, {opens} to {closes}: you will hear from us by the end of our next open day."
        }
        S::AwayMessageDaysOther => {
            "Thank you for your message! We are closed right now. We answer {days}, {opens} to {closes}: you will hear from us within {open_days} open days."
        }
        S::WhoAnswersWithin => "{platform}: {who}, answers within {promise}",

        // report/summary.rs
        S::SalesNote => {
            "A social network is not a shop: a page does not sell by itself. People exchange information there; they pass on what they find useful, important or fun, and that is how the reputation grows that brings customers in. Post to be useful, not to sell."
        }
        S::AQuestionAnswerInPublic => {
            "A question: answer in public, quickly and simply, then carry on in a private message if it concerns one customer."
        }
        S::WithinOfOpeningHours => "{within} of opening hours",
        S::WithinAnyTime => "{within}, any time",
        S::ChooseFewPlatformsTheOnes => "Choose few platforms: the ones where your customers are.",
        S::NameWhoAnswersOnEach => "Name who answers on each platform, and who stands in for them.",
        S::CheckThatThePlannedTime => "Check that the planned time fits in the week.",
        S::CompleteEachProfilePictureOpening => {
            "Complete each profile: picture, opening hours, contact, link to the website."
        }
        S::PrepareAnswersToTheQuestions => "Prepare answers to the questions customers ask most.",
        S::PrepareAMonthOfPosts => "Prepare a month of posts before opening the accounts.",
        S::AgreeOnWhatToDo => "Agree on what to do if bad news starts to spread.",

        // How often someone looks (report/summary.rs)
        S::LooksOnce => "once a week",
        S::LooksTwice => "twice a week",
        S::LooksTimes => "{looks} times a week",

        // The week against the hours (report/summary.rs)
        S::VerdictWithin => "{total} a week, within the {budget} you have.",
        S::VerdictOver => "{total} a week for {budget} available: {excess} over budget.",

        // The reactivity plan (report/summary.rs)
        S::LooksAndAnswers => "{who} looks {looks} and answers within {target}.",
        S::ReadsReviewsAndReplies => "{who} reads the reviews {looks} and replies to each within {target}.",
        S::QuotedReply => "\"{reply}\"",

        // The year's seasons (SEASONS: model/seasons.rs, model/moments.rs, model/country.rs, analysis/year.rs)
        S::BrokenNotADayOfTheYear => {
            "\"{text}\" is not a day of the year: write it as \"MM-DD\" (12-24); 29 February is not every year's"
        }
        S::BrokenSeasonTooLong => {
            "{days} days: a season lasts from 1 to {max} days (longer, it is your usual time and the rest a season)"
        }
        S::SeasonsInSentence => "seasons",
        S::MigratedNoCountry => {
            "The plan has no country yet: choose one to see its public holidays and trade moments in the year; it has no seasons of its own yet."
        }
        S::CountryFr => "France",
        S::CountryBe => "Belgium",
        S::CountryCh => "Switzerland",
        S::CountryCa => "Canada",
        S::CountryGb => "United Kingdom",
        S::CountryUs => "United States",
        S::LanguageFrench => "French",
        S::LanguageEnglish => "English",
        S::SeasonPhaseIn => "season \"{season}\"",
        S::SeasonPhasePreparing => "preparing \"{season}\"",
        S::OrdinaryWeek => "an ordinary week",
        S::WeekOfDateOne | S::WeekOfDateOther => "Week of {date}: {phase}, {hours} available",
        S::HolidayEvent => "Public holiday: {name}",
        S::TradeMomentEvent => "Trade moment: {name}",
        S::OnlyInRegions => "Only in {regions}.",
        S::AroundThisDay => "Around this day: the real date is set each year.",
        S::PrepareFrom => "Start preparing it {weeks} weeks ahead (an estimate).",
        S::SeasonBegins => "Season \"{season}\": {hours} a week, {share} of the usual posts",
        S::NoCountryYet => {
            "The plan has no country yet: choose one (France, Belgium, Switzerland, Canada, the UK, the US) to see its public holidays and trade moments, and to rank the platforms by who uses them there."
        }
        S::YearTab => "Year",
        S::CountryLabel => "Country",
        S::YearNote => {
            "The next twelve months: public holidays (red), trade moments (orange; weeks to prepare are our estimates), and your own seasons (blue; lighter: the weeks you prepare them). Dates and sources: docs/method.md."
        }
        S::YourSeasons => "Your seasons",
        S::AddASeason => "➕ Add a season",
        S::NewSeasonName => "New season",
        S::RemoveThisSeason => "Remove this season",
        S::MakeItASeason => "Make it a season",
        S::MadeASeason => "\"{name}\" is now one of your seasons: set its hours and posts below.",
        S::NotMadeASeason => {
            "\"{name}\" is not added: you have a season of that name, or as many as a plan keeps."
        }
        S::SeasonFirstDay => "First day (MM-DD)",
        S::SeasonLastDay => "Last day (MM-DD)",
        S::SeasonHours => "Hours a week",
        S::SeasonPostsShare => "Posts (share of usual)",
        S::SeasonPrepareWeeks => "Weeks to prepare",
        S::SeasonPrepareShare => "Posts while preparing",
        S::TradeMomentsAhead => "Trade moments ahead",
        S::NoSeasonYet => "No season of your own yet: add one, or make a trade moment one.",
        S::YearPageTitle => "The year",
        S::YearPageIntro => {
            "The twelve months from {from} to {to}: public holidays (red; paler: only some regions), trade moments (orange; the weeks to prepare them are estimates), your seasons (blue; lighter: the weeks you prepare them)."
        }
        S::MonthHeading => "Month",
        S::HolidaysHeading => "Public holidays",
        S::TradeMomentsHeading => "Trade moments",

        // The monthly check-in (MONTHLY CHECK-IN: model/checkin.rs, analysis/checkin, report/months.rs, views/month.rs)
        S::BrokenNotAMonth => "\"{text}\" is not a month: write it as \"YYYY-MM\", from 2000 on (2026-11)",
        S::BrokenMonthInFuture => {
            "{month} has not come yet (this is {now}): record a month once it has begun"
        }
        S::BrokenMonthTwice => "{month} is recorded twice for {platform}: keep one of the two",
        S::BrokenPartsOverTotal => {
            "the minutes per task add up to {parts}, more than the total of {total}: correct one or the other"
        }
        S::MonthRecords => "recorded months",
        S::ResultMessages => "Messages",
        S::ResultEnquiries => "Enquiries",
        S::ResultBookings => "Bookings or orders",
        S::ResultReviews => "Reviews",
        S::ResultFollowers => "Followers gained",
        S::ResultCandidates => "Candidates",
        S::ResultMessagesInSentence => "messages",
        S::ResultEnquiriesInSentence => "enquiries",
        S::ResultBookingsInSentence => "bookings or orders",
        S::ResultReviewsInSentence => "reviews",
        S::ResultFollowersInSentence => "followers",
        S::ResultCandidatesInSentence => "candidates",
        S::AdviceTooEarly => "Too early to say",
        S::AdviceKeep => "Keep",
        S::AdviceCutBack => "Cut back",
        S::AdviceDrop => "Drop",
        S::VerdictTooEarly => {
            "{platform}: {months} month(s) recorded of the {needed} a verdict needs; too early to say whether it pays."
        }
        S::VerdictKeep => {
            "Keep {platform}: {rate} results an hour ({goal}), among the best of your platforms, for {hours} a month."
        }
        S::VerdictCutBack => {
            "Cut back on {platform}: {rate} results an hour at best ({goal}), under half what your best platform brings, for {hours} a month."
        }
        S::VerdictDrop => {
            "Drop {platform}: {hours} a month for {months} month(s) brought nothing toward your goals."
        }
        S::VerdictElsewhere => {
            "The {hours} a month freed would bring about {count} more {what} a month on {platform}, at its rate."
        }
        S::OverBudgetMonths => {
            "From {from} to {to}, {months} months running, the real hours stayed over the budget, by {over} a month on average: cut back where the months bring least, or give the plan more hours."
        }
        S::LearnedPerPost => {
            "Minutes per post on {platform}: {own}, your figure, from {months} months (the default: {default})."
        }
        S::LearnedPerLook => {
            "Minutes per look on {platform}: {own}, your figure, from {months} months (the default: {default})."
        }
        S::LearningProgress => {
            "{platform}: {months} of the {needed} months the plan learns from; the default figures hold until then."
        }
        S::NoMonthRecorded => {
            "No month recorded yet. Record one with: socialplan log PLAN --month YYYY-MM --platform ID --minutes 300"
        }
        S::MonthInReview => "the month in review",
        S::MonthLineText => {
            "{month} {platform}: planned {planned}, real {real}; {results} result(s) toward your goals, {per_result} a result"
        }
        S::WhatThePlanLearned => "What the plan learned from your months:",
        S::KeepOrDrop => "Keep or drop:",
        S::MonthRecorded => "{month} on {platform}: recorded ({figures}), written to {path}.",
        S::MonthReplaced => {
            "{month} on {platform}: recorded ({figures}), written to {path}; it replaces the figures recorded before ({before})."
        }
        S::NothingToRecord => {
            "nothing to record: give at least one figure (--minutes, --writing, --answering, --looking, --messages, --enquiries, --bookings, --reviews, --followers, --candidates), or --tsv to read the month back"
        }
        S::RecordNeedsMonthAndPlatform => {
            "to record a month, name it and the platform: --month YYYY-MM --platform ID"
        }
        S::NotAWholeCount => "\"{text}\" is not a count: write a whole number from 0 to {max}",
        S::MonthTab => "Month",
        S::RecordAMonth => "Record a month",
        S::PlannedAndReal => "Planned and real",
        S::NoMonthRecordedHere => {
            "No month recorded yet: record the first one above, once the month is over."
        }
        S::MonthField => "Month (YYYY-MM)",
        S::PlatformField => "Platform",
        S::MinutesInAll => "Minutes in all",
        S::OfWhichWriting => "of which writing",
        S::OfWhichAnswering => "of which answering",
        S::OfWhichLooking => "of which looking",
        S::RecordTheMonth => "Record the month",
        S::NothingToRecordHere => "Nothing to record: give at least one figure.",
        S::AllPlatforms => "All platforms",
        S::ChartOf => "Chart of",
        S::Real => "Real",
        S::Planned => "Planned",
        S::HoursAMonth => "Hours a month",
        S::ResultsForGoals => "Results for your goals",
        S::HoursPerResult => "Hours per result",
        S::MonthRecordedHere => "{month} on {platform}: recorded ({figures}).",
        S::MonthReplacedHere => {
            "{month} on {platform}: recorded ({figures}); it replaces the figures recorded before ({before})."
        }

        // report/week.rs
        S::Post => "post",
        S::Publish => "publish",
        S::Inbox => "inbox",
        S::PlanningInSentence => "planning",
        S::All => "all",
        S::Day => "day",
        S::Time => "time",
        S::PlatformInSentence => "platform",
        S::What => "what",
        S::WhoInSentence => "who",
        S::PerDay => "Per day",
        S::AWeek => "a week",
        S::NothingToLayOut => "Nothing to lay out: no platform is chosen.",

        // The summary's headings and labels (report/words.rs)
        S::Title => "Social media plan",
        S::Audience => "Audience",
        S::Map => "The map",
        S::Recommendation => "Recommendation",
        S::SummaryTime => "Time per week",
        S::Reactivity => "Reactivity plan",
        S::Checklist => "Before you start",
        S::Notes => "Notes",
        S::SummaryWeek => "Your week",
        S::SummaryScenarios => "The scenarios",
        S::Current => "(summarised here)",
        S::WhyFitted => "Why this plan, fitted to your hours",
        S::SummaryScore => "Score",
        S::LooksPerWeek => "Looks / wk",
        S::Creation => "Creation",
        S::Replies => "Replies",
        S::Monitoring => "Monitoring",
        S::Total => "Total",
        S::Budget => "Budget",
        S::SummaryHoursPerWeek => "hours per week",
        S::ToConsumers => "Sells to consumers",
        S::ToBusinesses => "Sells to businesses",
        S::SummaryChosen => "chosen",
        S::Page => "Page",
        S::Position => "Position",
        S::NoneChosen => "No platform chosen yet.",
        S::NoProducts => "No product yet.",
        S::Date => "Date",
        S::PlanFile => "Plan file",
        S::Place => "On the map",
        S::LegendChosen => "chosen platform",
        S::LegendOther => "other platform",
        S::LegendProduct => "your products",
        S::LegendRank => "number: rank in the recommendation",
        S::MapHint => "The closer a platform sits to your products, the better it suits them.",
        S::MapCrowded => "For lack of room, some product names are left off the map: see the product table.",
        S::OtherPlatforms => "Less suited",
        S::BringBack => "To come back within budget:",
        S::Drill => "How long a message waits",
        S::DrillIntro => {
            "Customers write at all hours, evenings and weekends included; each message waits for the next look at its inbox, as your week lays them out. A promise in opening hours does not count the hours the business is closed."
        }
        S::Promise => "Promise",
        S::MedianWait => "Median wait",
        S::P90Wait => "9 in 10 within",
        S::WorstWait => "Worst wait",
        S::WithinADay => "Answered within a day",
        S::KeptHeader => "Kept?",
        S::Kept => "kept",
        S::NotKept => "not kept",
        S::NothingToAnswer => "nothing to watch there, no messages expected.",
        S::SomeoneToName => "someone still to be named",
        S::SummaryAwayMessage => "Away message, ready to paste",
        S::AwayHint => {
            "Set it as the automatic reply for closed hours: in Meta Business Suite, or in the platform's own settings."
        }
        S::CrisisPointer => {
            "A complaint or bad news: the card on the last page says what to do, and within how long. Print it for the wall behind the counter."
        }
        S::CrisisTitle => "When bad news comes",
        S::WhoAnswers => "Who answers",
        S::WhatToDo => "What to do",
        S::HoldingReply => "Holding reply, to copy",
        S::WeekPost => "Writing a post",
        S::WeekInbox => "Inbox",
        S::WeekPhone => "Inbox, on the phone",
        S::AudienceReached => "Audience reached",

        // cli/writing.rs
        S::NothingUsefulFitsInH => {
            "nothing useful fits in {h}: the lightest plan ({platform_name} alone) needs {need} a week"
        }
        S::NothingUsefulFitsInADayOf => {
            "nothing useful fits in days of at most {limit}: the lightest plan ({platform_name} alone) fits the week's hours but needs {busiest} on its busiest day; raise the daily limit (“{field}”)"
        }
        S::MinutesOfBudgetAvailableOne | S::MinutesOfBudgetAvailableOther => {
            "{minutes} of {budget} available"
        }
        S::AScenarioIsAlreadyCalled => {
            "A scenario is already called \"{wanted}\": it stays as it is; the new one is called \"{name}\".\n"
        }

        // Writing a fitted plan (cli/writing.rs)
        S::WrittenToCurrentScenario => "Written to {path}: the scenario \"{name}\" is now the current one.\n",

        // Printing (printing.rs)
        S::SentToPrinter => "Summary sent to the printer. {printer_output}",
        S::NoPrintService => {
            "No print service on this computer: the summary is open in your PDF viewer, where you can print it."
        }
        S::PrintingFailed => {
            "Printing directly did not work ({problem}): the summary is open in your PDF viewer, where you can print it."
        }

        // app/command.rs
        S::New => "New",
        S::Open => "Open…",
        S::Save => "Save",
        S::SaveAs => "Save as…",
        S::ExportSummary => "Export summary…",
        S::ExportCalendar => "Export calendar…",
        S::FitMyWeek => "Fit my week…",
        S::Print => "Print…",
        S::Quit => "Quit",
        S::Undo => "Undo",
        S::Redo => "Redo",
        S::OpenRecent => "Open recent",
        S::StartANewEmptyPlan => "Start a new, empty plan",
        S::OpenASavedPlanRon => "Open a saved plan (.ron)",
        S::SaveTooltip => "Save the plan to its file",
        S::SaveAsTooltip => "Save the plan to a new file",
        S::ExportSummaryTooltip => "Save the plan's summary as PDF or Markdown",
        S::ExportCalendarTooltip => {
            "Save the week as a calendar file (.ics) for Thunderbird, Google Calendar, Apple Calendar or Outlook; exporting again updates the same events"
        }
        S::FitMyWeekTooltip => "Propose the best plan for your hours, next to yours",
        S::PrintTooltip => "Print the plan's summary (or open it in the PDF viewer)",
        S::CloseSocialplan => "Close socialplan",
        S::UndoTheLastChange => "Undo the last change",
        S::RedoTheUndoneChange => "Redo the undone change",
        S::OpenAgainAPlanOpened => "Open again a plan opened lately",

        // Keys, as menus name them (app/command.rs)
        S::KeyCtrl => "Ctrl",
        S::KeyShift => "Shift",

        // app/modals.rs
        S::UnsavedChanges => "Unsaved changes",
        S::SaveTheChangesQuestion => "The plan has changes that are not saved. Do you want to save them?",
        S::DontSave => "Discard",
        S::RestoreUnsavedWork => "Restore unsaved work?",
        S::Restore => "Restore",
        S::TheFileHasChanged => "The file has changed",
        S::Replace => "Replace",
        S::PlanAlreadyOpen => "Plan already open",
        S::OpenReadOnly => "Open read-only",
        S::SeeItHereWithoutChanging => "See it here without changing it",
        S::OpenACopy => "Open a copy",
        S::WorkOnACopy => "Work on a copy, to save under another name",
        S::OpenAPlan => "Open a plan",
        S::SaveAsTitle => "Save as",
        S::ExportTheSummary => "Export the summary",
        S::ExportTheCalendar => "Export the calendar",
        S::NoFileDialogIsAvailable => {
            "No file dialog is available on this system (no desktop portal, no zenity). Type the file's path (a name alone goes in your home folder):"
        }
        S::FormatLabel => "Format:",
        S::PDFToPrint => "PDF, to print",
        S::MarkdownText => "Markdown (text)",
        S::Paper => "Paper:",
        S::ChooseTheFile => "Choose the file…",
        S::Version => "Version {version}",
        S::AboutSocialplan => {
            "Choose your social networks and know what they really cost in hours each week."
        }
        S::MethodNotAShop => {
            "A social network is not a shop: people exchange information there, and what they pass on builds your reputation."
        }
        S::MethodChooseByWhatYouSell => {
            "Choose your networks by what you sell and to whom: place your products on the map; the platforms near them suit you."
        }
        S::MethodKeepingAliveTakesTime => {
            "Keeping an account alive takes time: posting, answering, watching, planning. The time chart puts numbers on it."
        }
        S::MethodAnswerFast => {
            "Answer fast: an unanswered question or bad news spreads. The shorter the promise, the more often someone must look."
        }
        S::MethodPrepare => "Prepare before you start: your credibility is at stake.",

        // app/planner.rs
        S::ChangeUndone => "Change undone",
        S::ChangeRedone => "Change redone",
        S::MyBusiness => "My business",
        S::NewPlan => "New plan",
        S::Saved => "Saved: {file}",
        S::SummaryExported => "Summary exported: {file}",
        S::CalendarExported => "Calendar exported: {file}",
        S::ExportNotKeptInPlan => {
            " — the plan's file could not keep what was exported: save the plan so that the next export updates the calendar"
        }
        S::TheCalendarWasNotExported => "The calendar was not exported",
        S::TheSummaryWasNotPrinted => "The summary was not printed",
        S::ThePdfCouldNotBeMade => "The PDF could not be made",
        S::ReadOnly => " (read-only)",
        S::ThePlanWasNotSaved => "The plan was not saved",
        S::TheSummaryWasNotExported => "The summary was not exported",

        // Saving, printing and other windows (app/planner.rs, app/modals.rs)
        S::OpenInAnotherWindowCannotSave => {
            "{path} is open in another socialplan window: saving here would replace its work. Choose another name, or close the other window first."
        }
        S::PdfReadyButNotPrinted => {
            "The PDF is ready in {path}. Open it to print it: neither a print service nor a PDF viewer answered ({why})."
        }
        S::EventsCancelled => " ({events} event(s) cancelled: the plan no longer holds them)",
        S::RestoreUnsavedChanges => {
            "socialplan closed without saving the latest changes to \"{name}\". Restore them?"
        }
        S::ChangedByAnotherProgram => {
            "{path} was changed by another program (a \"socialplan fit\", perhaps) since this window read it. Saving here would replace those changes; File › Save as… keeps both."
        }
        S::OpenInAnotherWindow => {
            "\"{name}\" is open in another socialplan window. If both windows saved it, each would replace the other's work."
        }

        // app/layout.rs
        S::File => "File",
        S::NoRecentPlan => "No recent plan",
        S::Edit => "Edit",
        S::View => "View",
        S::Light => "Light",
        S::Dark => "Dark",
        S::FollowTheSystem => "Follow the system",
        S::Help => "Help",
        S::TheMethod => "The method",
        S::About => "About",
        S::MakingThePDF => "Making the PDF…",
        S::ThePlanCannotBeSaved => "the plan cannot be saved like this",
        S::Ready => "Ready",
        S::MapAndTime => "Map and time",
        S::Week => "Week",
        S::Compare => "Compare",
        S::Summary => "Summary",
        S::SummaryWrittenIn => "Summary written in {language} (change it under \"Summary language\")",
        S::MapLegend => {
            "● chosen   ○ platform   ◆ product   — hover for details, click to choose, drag a product to move it"
        }
        S::ThisIsAnExamplePlan => "This is an example plan. File › New starts a fresh plan.",
        S::ReadOnlyOpenElsewhere => {
            "Read-only: this plan is open in another window. File › Save as… keeps a copy of your own."
        }
        S::ProposalKeptAsScenarioName => "Proposal kept as scenario \"{name}\" (Ctrl+Z to go back)",

        // app/file_dialog.rs
        S::SocialplanPlan => "socialplan plan",

        // app/safekeeping.rs
        S::Opened => "Opened: {file}",
        S::ThisPlanCouldNotBeOpened => "This plan could not be opened",
        S::NotRestoredThePlanIs => "Not restored: the plan is open in another window: {file}",
        S::UnsavedWorkRestored => "Unsaved work restored",
        S::AutosaveFailed => "Autosave failed: {why}",
        S::OpenedReadOnlyElsewhere => "\"{name}\" opened read-only: it is open in another window",
        S::ACopyOfNameSave => "A copy of \"{name}\": Save will ask where to keep it",

        // app/views/business.rs
        S::Sector => "Sector",
        S::Description => "Description",
        S::SummaryLanguage => "Summary language",
        S::WhoAreYourCustomers => "Who are your customers?",
        S::Goals => "Goals",
        S::YourCustomersComeFrom => "Your customers come from",
        S::ReachHint => {
            "A local business gains from being where people look nearby (Google profile, Facebook, WhatsApp)"
        }
        S::TheTimeYouHave => "The time you have",
        S::HoursPerWeekThisScenario => "Hours per week\n(this scenario)",
        S::HoursPerWeek => "Hours per week",
        S::UseThePlansHoursFor => "Use the plan's hours for this scenario",
        S::TheirAges => "Their ages",
        S::AtLeastOneStays => "At least one stays",
        S::TheyAre => "They are",
        S::OpenDays => "Open days",
        S::OpensAt => "Opens at",
        S::ClosesAt => "Closes at",
        S::ClosesTheNextDay => "the next day",
        S::AtMostADay => "At most a day",
        S::TheHoursYouCanGive => {
            "The hours you can give on an open day; the week keeps to them or says it cannot"
        }
        S::RushHours => "Rush hours",
        S::BusyTimesHint => {
            "The busy times of an open day (the morning rush, lunch): the week places no writing there"
        }
        S::To => "to",
        S::RemoveTheseHours => "Remove these hours",
        S::AddRushHours => "➕ Add rush hours",
        S::TheProducts => "The products",
        S::PlaceEachProductWhoBuys => {
            "Place each product: who buys it, and whether it is told in words or shown."
        }
        S::ProductName => "Product name",
        S::MoveUp => "Move up",
        S::MoveDown => "Move down",
        S::RemoveThisProduct => "Remove this product",
        S::Consumers => "Consumers",
        S::Businesses => "Businesses",
        S::Visual => "Visual",
        S::Weight => "Weight",
        S::HowMuchThisProductMatters => "How much this product matters to the business (1 = normal)",
        S::AddAProduct => "➕ Add a product",
        S::NewProduct => "New product",
        S::TheNeighbourhoodOrTheTown => "the neighbourhood or the town",
        S::TheRegion => "the region",
        S::TheWholeCountry => "the whole country",
        S::SeveralCountries => "several countries",

        // app/views/compare.rs
        S::OneScenarioSoFarDuplicate => {
            "One scenario so far: \"Duplicate\" or \"Fit my week…\" adds one to compare."
        }
        S::EachScenariosHours => "┆ each scenario's hours",
        S::Shown => "(shown)",
        S::Show => "Show",
        S::MakeThisTheCurrentScenario => "Make this the current scenario",
        S::GreyedRowsAreTheSame => "Greyed rows are the same in every scenario; the others differ.",

        // app/views/drill.rs
        S::IfACustomerWrites => "If a customer writes",
        S::IfYouDropTheLook => "If you drop the look here:",
        S::HowLongTheMessageWaits => "How long the message waits with this week's looks. Move one to see.",
        S::NoMessagesToRead => "No platform has messages to read.",

        // app/views/fit.rs
        S::FitMyWeekTitle => "Fit my week",
        S::FitMyWeekIntro => {
            "The best plan for your products, audience and goals within these hours, never answering slower than your customers expect."
        }
        S::Close => "Close",
        S::Proposed => "Proposed",
        S::Why => "Why",
        S::KeepAsANewScenario => "Keep as a new scenario",
        S::KeepProposalTooltip => "Adds the proposal as a scenario; yours stays as it is",
        S::Discard => "Discard",

        // Fit my week in the window (app/views/fit.rs)
        S::NothingUsefulFits => "Nothing useful fits in {hours}: the lightest, {platform}, needs {needs}.",
        S::NothingUsefulFitsInADay => {
            "Nothing useful fits in days of at most {limit}: the lightest, {platform}, fits the week's hours but needs {busiest} on its busiest day. Raise “{field}”."
        }

        // app/views/map.rs
        S::Platforms => "Platforms",
        S::Chosen => "Chosen",
        S::Products => "Products",
        S::Rank => "Rank",
        S::Score => "score",
        S::ClickToRemove => "Click to remove it from the plan",
        S::ClickToAdd => "Click to add it to the plan",

        // app/views/platforms.rs
        S::ChosenPlatforms => "Chosen platforms",
        S::NoneYetClickAPlatform => "None yet: click a platform on the map, or add one below.",
        S::AddAPlatform => "➕ Add a platform…",
        S::YourOwnPlatforms => "Your own platforms",
        S::ANewsletterALocalForum => {
            "A newsletter, a local forum, a marketplace… It appears on the map, where you can drag it."
        }
        S::DeleteThisPlatform => "Delete this platform",
        S::Name => "Name",
        S::EGNewsletter => "e.g. Newsletter",
        S::ConsumersBusinesses => "Consumers ↔ Businesses",
        S::TextVisual => "Text ↔ Visual",
        S::AddThisPlatform => "Add this platform",
        S::ThatNameIsTaken => "That name is taken.",
        S::Posts => "Posts",
        S::Format => "Format",
        S::AnswerWithin => "Answer within",
        S::StoriesWk => "Stories / wk",
        S::ItsPosts => "Its posts",
        S::Platform => "Platform",
        S::HoursWeek => "Hours / wk",
        S::AnsweredFromInbox => "Answered from the {inbox} inbox (shared)",
        S::RemoveFromThePlan => "Remove from the plan",
        S::UsualHere => " — usual here",
        S::LooksAbandoned => " — looks abandoned",
        S::LooksAWeekToKeep => "looks a week to keep this promise",
        S::OfOpeningHours => "of opening hours",
        S::AnyTime => "any time",
        S::HasNoStories => "has no Stories",
        S::StoriesAWeek => "Stories a week, besides the posts",
        S::ThisPlatformsFigures => "This platform's figures",
        S::MinutesPerPost => "Minutes per post",
        S::RepliesPerWeek => "Replies per week",
        S::PlanningMinWeek => "Planning, min / week",
        S::Followers => "Followers",
        S::YourFollowersOnThisPlatform => "Your followers on this platform: replies are estimated from them",
        S::ClearDefaultEstimate => "Clear (default estimate)",
        S::BackToTheCataloguesFigure => "Back to the catalogue's figure",
        S::TheCataloguesFigure => "The catalogue's figure",

        // The platforms table (app/views/platforms.rs)
        S::CustomersExpectAnswer => {
            "Customers on {platform} expect an answer within {hours} h: promise to answer within {hours} h at most"
        }
        S::CustomersExpectAnswerOpen => {
            "Customers on {platform} expect an answer within {hours} h: promise at most {open} of your opening hours"
        }

        // app/views/reactivity.rs
        S::WhoAnswersCustomers => "Who answers customers",
        S::WhoCoversOnDaysOff => "Who covers on days off and holidays",
        S::ToBeNamed => "to be named",
        S::TextsReadyForYourCustomers => "Texts ready for your customers",
        S::TheTextsForYourCustomers => "The texts for your customers are in the summary language",
        S::AwayMessage => "Away message",
        S::SentByItselfToWhoever => {
            "Sent by itself to whoever writes outside opening hours: paste it into Meta Business Suite or the platform's own auto-reply. Proposed from your hours and promises; write your own if you prefer."
        }
        S::NoneNeededNowEveryPromise => {
            "None needed now: every promise counts the clock, or nothing is chosen."
        }
        S::YourAwayMessageForEveryInbox => "Your message is used for every inbox.",
        S::BackToTheProposedMessage => "↺ Back to the proposed message",
        S::HoldingReplyToAComplaint => "Holding reply to a complaint",
        S::TheFirstPublicAnswerWithin => {
            "The first public answer, within the hour, before the facts are known: it is on the printed crisis card."
        }
        S::BackToTheProposedReply => "↺ Back to the proposed reply",

        // app/views/reuse.rs
        S::ItsOwn => "its own",
        S::OtherPlatformsTakeTheirPosts => "Other platforms take their posts from it: it makes its own",
        S::TheWrongWayRoundSee => "The wrong way round: see below the table",
        S::TurnItRound => "Turn it round",
        S::MakeItsOwn => "Make its own",
        S::SharesNameS => "shares {name}",
        S::AdaptsNameS => "adapts {name}",

        // Posts made once for several platforms (app/views/reuse.rs)
        S::ReuseShares => "shares",
        S::ReuseAdapts => "adapts",
        S::ReuseShare => "share",
        S::ReuseAdapt => "adapt",
        S::ReuseWrongWayRound => {
            "⚠ {platform} {verb} {source}'s posts the wrong way round: {source} should {should} {platform}'s. Write once for the better-ranked platform (or in the fuller format), then adapt for the others."
        }
        S::ReuseNotBetter => {
            "⚠ {platform} {verb} {source}'s posts, which are neither fuller nor from a better-ranked platform: {platform} should make its own."
        }
        S::SharesPostsOf => "shares {source}'s posts (a switch)",
        S::AdaptsPostsOf => "adapts {source}'s posts",

        // app/views/scenarios.rs
        S::ScenarioName => "scenario name",
        S::Rename => "Rename",
        S::Cancel => "Cancel",
        S::NotRenamed => "Not renamed",
        S::TheScenarioShownAndEdited => "The scenario shown and edited; the others keep their choices",
        S::NewScenarioTooltip => "An empty scenario, with your hours",
        S::Duplicate => "Duplicate",
        S::ACopyOfThisScenario => "A copy of this scenario, to change",
        S::RenameEllipsis => "Rename…",
        S::Delete => "Delete",
        S::DeleteThisScenarioCtrlZ => "Delete this scenario (Ctrl+Z brings it back)",
        S::APlanAlwaysKeepsOne => "A plan always keeps one scenario",
        S::APlanHoldsAtMost => "A plan holds at most {max} scenarios",
        S::ScenarioCurrentDeletedCtrlZ => "Scenario \"{current}\" deleted: Ctrl+Z brings it back",

        // app/views/time_chart.rs
        S::ChooseAPlatformToSeeItsTime => {
            "Choose a platform (on the map or in the Platforms tab) to see its time."
        }
        S::Apply => "Apply",
        S::MakeThisChangeCtrlZ => "Make this change (Ctrl+Z undoes it)",

        // app/views/week.rs
        S::ScheduledInAdvanceNoTime => "Scheduled in advance: no time that day",
        S::Who => "Who",
        S::FromThePhoneOutsideOpening => "From the phone, outside opening hours",
        S::PlacedByYouRightClick => "Placed by you (right-click to put it back)",
        S::NothingToLayOutChoose => "Nothing to lay out: choose a platform to see your week.",
        S::Closed => "closed",
        S::Planning => "Planning",
        S::PutItBack => "Put it back in its place",
        S::WeekLegend => {
            "— solid: writing, light: inbox (☎ from the phone), grey: planning, ▶ line: scheduled to go out; drag to move"
        }

        // A day closed in the week (app/views/week.rs)
        S::DayClosedNothingMoved => "{day} is a closed day: nothing was moved.",

        //
        S::NoPost => "no post",
        S::PostsAWeekOne => "{posts} post a week",
        S::PostsAWeekOther => "{posts} posts a week",
        S::OnePostEveryWeeks => "1 post every {weeks} weeks",
        S::PostsAWeekShort => "{posts} / wk",
        S::OnePostEveryWeeksShort => "{posts} / {weeks} wk",

        // Quoting a name in a sentence
        S::Quoted => "\"{name}\"",

        // What to post (model/ideas.rs, report/ideas.rs, app/views/ideas.rs)
        // Reviews and ambassadors (model/voices.rs, analysis/voices.rs, report/voices.rs, views/voices.rs)
        S::VoicesTab => "Reviews",
        S::StartReviewRoutine => "Start a review routine",
        S::StopReviewRoutine => "Remove the routine",
        S::ReviewSitesLabel => "Where customers read your reviews",
        S::AddReviewSite => "Add a site",
        S::RemoveReviewSite => "Remove this site",
        S::AskAfterLabel => "Ask",
        S::AskByLabel => "How",
        S::AsksPerWeekLabel => "Happy customers asked a week",
        S::AddAmbassador => "Add an ambassador",
        S::NewAmbassador => "A new ambassador",
        S::RemoveAmbassador => "Remove this ambassador",
        S::ConsentTooltip => {
            "Ticked: they agreed today. Unticked: they withdrew today. Both are kept in the record."
        }
        S::TheirRecord => "The record",
        S::AskAfterPurchase => "after a purchase they were glad of",
        S::AskAfterDelivery => "once the order is delivered or collected",
        S::AskAfterFinishedJob => "once the job is finished and approved",
        S::AskAfterCompliment => "when a customer thanks or praises you",
        S::AskInPerson => "in person, in a word",
        S::AskWithACard => "with a card and its QR code",
        S::AskByMessage => "by message, with the link",
        S::RoleCustomer => "customer",
        S::RolePartner => "partner",
        S::RoleSupplier => "supplier",
        S::RoleStaff => "staff",
        S::PermissionTag => "tag them",
        S::PermissionRepost => "repost them",
        S::AmbassadorsInSentence => "ambassadors",
        S::ReviewSitesInSentence => "review sites",
        S::ConsentsInSentence => "agreements",
        S::BrokenWithdrawnBeforeGiven => {
            "an agreement given on {given} cannot be withdrawn on {withdrawn}, before it was given"
        }
        S::MigratedNoVoicesYet => {
            "reviews and ambassadors: the plan has no review routine nor ambassadors yet, its week is unchanged (Reviews)"
        }
        S::AskForReviews => "Ask happy customers for a review",
        S::ReadTheReviewsAndReply => "Read the reviews and reply to each one",
        S::SendToAmbassadors => "Send the ambassadors something to share; repost those who agreed",
        S::ReviewsInSentence => "reviews",
        S::Ambassadors => "Ambassadors",
        S::VoicesPageTitle => "Reviews and ambassadors",
        S::ReviewRoutine => "The review routine",
        S::NoReviewRoutine => {
            "No review routine yet: customers read reviews before they come (83% read them on Google), and 89% expect a reply to every one."
        }
        S::RoutineSays => {
            "Ask {asks} happy customers a week {when}, {way}; read {sites}; reply to every review within {promise}."
        }
        S::ReadAtLooks => "{sites}: read at its looks in the week (its reviews are in its own time).",
        S::ReviewRoundsOne => "{rounds} round a week at the review sites keeps that promise.",
        S::ReviewRoundsOther => "{rounds} rounds a week at the review sites keep that promise.",
        S::VoicesWeekly => {
            "{hours} a week: asking {asking}, reading and replying {reviews}, ambassadors {ambassadors}."
        }
        S::VoicesInTotal => "Reviews and ambassadors",
        S::NoAmbassadors => {
            "Nobody yet. Who already speaks well of the business: a loyal customer, a partner, a supplier, someone on the staff?"
        }
        S::RoleHeading => "Who they are",
        S::SendHeading => "What to send them",
        S::AgreedHeading => "Agreed to",
        S::ConsentSince => "{what} since {date}",
        S::ConsentFromTo => "{what} from {given} to {withdrawn} (withdrawn)",
        S::NothingAgreed => "nothing yet: no tag, no repost",
        S::ConsentRule => {
            "Tag or repost someone only with their agreement, recorded here with its date; they may withdraw it at any time, and the record keeps it."
        }
        S::IdeaUseful => "useful",
        S::IdeaImportant => "important",
        S::IdeaFun => "fun",
        S::IdeaOffer => "offer",
        S::IdeaLine => "{day} — {platform} — {product} — {kind}: {idea}",
        S::IdeaAgain => "{idea} (again)",
        S::IdeasWeekOf => "Week of {date}",
        S::IdeasNoPublication => "No post to plan: choose a platform and its posts first.",
        S::IdeasTab => "Ideas",
        S::IdeasFromStarters => "Starter ideas for {kind}, used until you keep them or write your own.",
        S::IdeasYourOwn => {
            "Your ideas ({count}); a kind without any of yours takes the starter ideas for {kind}."
        }
        S::KeepStarterIdeas => "Keep the starter ideas",
        S::KeepStarterIdeasTooltip => "Copy them into the plan, to edit them, delete some and add your own",
        S::AddAnIdea => "Add an idea",
        S::KindOfBusiness => "Kind of business",
        S::KindOfIdea => "Kind",
        S::AnyProduct => "any product",
        S::TheComingWeeks => "The next four weeks",
        S::YourIdeas => "Your ideas",
        S::DateHeading => "Date",
        S::ProductHeading => "Product",
        S::IdeaHeading => "Idea",
        S::NewIdea => "A new idea",
        S::RemoveThisIdea => "Remove this idea",
        S::IdeasPageTitle => "Ideas for the next four weeks",
        S::OneInFiveSells => {
            "Each post is useful, important or fun to your customers; at most about one in five sells directly (an offer)."
        }
    }
}
