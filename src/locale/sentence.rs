//! The id of every sentence the program says. `en.rs` and `fr.rs` give each its words; the
//! groups follow the faces and the parts of the core that ask for them.

/// Declares the ids and [`Sentence::ALL`], so the list of ids is written once.
macro_rules! sentences {
    ($($(#[$doc:meta])* $id:ident,)*) => {
        /// One sentence, label or heading, whatever the language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Sentence {
            $($(#[$doc])* $id,)*
        }

        impl Sentence {
            /// Every sentence, in the order declared.
            pub const ALL: &'static [Sentence] = &[$(Sentence::$id,)*];
        }
    };
}

sentences! {
    // Cadences (format.rs).
    NoPost,
    /// `{posts}` posts a week, counted by [`crate::locale::Language::count`].
    PostsAWeekOne,
    PostsAWeekOther,
    OnePostEveryWeeks,
    /// A cadence in a table's cell: "3 / wk".
    PostsAWeekShort,
    OnePostEveryWeeksShort,

    // Printing (printing.rs)
    SentToPrinter,
    NoPrintService,
    PrintingFailed,

    // Lists cut short in a cell (report/compare.rs, analysis/recommend.rs)
    AndMore,

    // Where in a file (storage/error.rs)
    AtLineColumn,
    InField,

    // Quoting a name in a sentence
    Quoted,

    // Parts of a plan, as the owner sees them (storage/place.rs)
    ProductNamed,
    YourPlatformNamed,
    ScenarioNamed,
    ChoiceNumber,
    TheBusiness,
    TheAudience,
    YourHours,
    TheCurrentScenario,
    TheNotes,

    // model/opening.rs
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,

    // model/audience.rs
    Ages13To17,
    Ages18To29,
    Ages30To49,
    Ages50To64,
    N65AndOver,
    ConsumersInSentence,
    BusinessBuyers,
    JobSeekers,
    ToKeepUpWithFriends,
    ToFindLocalPlacesAnd,
    ToPlanAPurchaseAnd,
    ToBeEntertained,
    ForProfessionalNewsAndNetworking,
    ToLookForAJob,
    ToReadReviews,
    ToAskABusinessA,
    ToFollowTheNews,
    ForHobbyCommunities,
    ToLearnHowToDo,

    // model/post_format.rs
    Text,
    Image,
    ShortVideo,
    LongVideo,

    // model/goal.rs
    Awareness,
    Sales,
    CustomerService,
    Recruiting,

    // model/plan.rs
    Local,
    Regional,
    National,
    International,
    MyPlan,

    // model/broken.rs
    ThePDF,
    TheCalendar,
    ThePlanWritten,
    TheSummary,
    ProductsInSentence,
    Scenarios,
    ChosenPlatformsInSentence,
    CustomPlatforms,
    CalendarEvents,
    MiB,
    Bytes,

    // model/scenarios.rs
    AnotherScenarioHasThatName,
    Scenario,
    Copy,

    // model/migration.rs
    AnswerTimesAreCountedIn,

    // app/command.rs
    New,
    Open,
    Save,
    SaveAs,
    ExportSummary,
    ExportCalendar,
    FitMyWeek,
    Print,
    Quit,
    Undo,
    Redo,
    OpenRecent,
    StartANewEmptyPlan,
    OpenASavedPlanRon,
    SaveThePlanToIts,
    SaveThePlanToA,
    SaveThePlansSummaryAs,
    SaveTheWeekAsA,
    ProposeTheBestPlanFor,
    PrintThePlansSummaryOr,
    CloseSocialplan,
    UndoTheLastChange,
    RedoTheUndoneChange,
    OpenAgainAPlanOpened,

    // app/views/reactivity.rs
    WhoAnswersCustomers,
    WhoCoversOnDaysOff,
    ToBeNamed,
    TextsReadyForYourCustomers,
    TheTextsForYourCustomers,
    AwayMessage,
    SentByItselfToWhoever,
    NoneNeededNowEveryPromise,
    YourMessageIsUsedFor,
    BackToTheProposedMessage,
    HoldingReplyToAComplaint,
    TheFirstPublicAnswerWithin,
    BackToTheProposedReply,

    // app/views/week.rs
    ScheduledInAdvanceNoTime,
    Who,
    FromThePhoneOutsideOpening,
    PlacedByYouRightClick,
    NothingToLayOutChoose,
    Closed,
    Planning,
    PutItBackInIts,
    SolidWritingLightInboxFrom,

    // app/views/time_chart.rs
    ChooseAPlatformOnThe,
    Apply,
    MakeThisChangeCtrlZ,

    // app/views/fit.rs
    FitMyWeekTitle,
    TheBestPlanForYour,
    Close,
    Proposed,
    Why,
    KeepAsANewScenario,
    AddsTheProposalAsA,
    Discard,

    // app/views/reuse.rs
    ItsOwn,
    OtherPlatformsTakeTheirPosts,
    TheWrongWayRoundSee,
    TurnItRound,
    MakeItsOwn,

    // app/views/compare.rs
    OneScenarioSoFarDuplicate,
    EachScenariosHours,
    Shown,
    Show,
    MakeThisTheCurrentScenario,
    GreyedRowsAreTheSame,

    // app/views/map.rs
    Platforms,
    Chosen,
    Products,
    Rank,
    Score,
    ClickToRemoveItFrom,
    ClickToAddItTo,

    // app/views/platforms.rs
    ChosenPlatforms,
    NoneYetClickAPlatform,
    AddAPlatform,
    YourOwnPlatforms,
    ANewsletterALocalForum,
    DeleteThisPlatform,
    Name,
    EGNewsletter,
    ConsumersBusinesses,
    TextVisual,
    AddThisPlatform,
    ThatNameIsTaken,
    Posts,
    Format,
    AnswerWithin,
    StoriesWk,
    ItsPosts,
    Platform,
    HoursWeek,
    AnsweredFromThe,
    RemoveFromThePlan,
    UsualHere,
    LooksAbandoned,
    LooksAWeekToKeep,
    OfOpeningHours,
    AnyTime,
    HasNoStories,
    StoriesAWeekBesidesThe,
    ThisPlatformsFigures,
    MinutesPerPost,
    RepliesPerWeek,
    PlanningMinWeek,
    Followers,
    YourFollowersOnThisPlatform,
    ClearDefaultEstimate,
    BackToTheCataloguesFigure,
    TheCataloguesFigure,

    // app/views/scenarios.rs
    ScenarioName,
    Rename,
    Cancel,
    NotRenamed,
    TheScenarioShownAndEdited,
    AnEmptyScenarioWithYour,
    Duplicate,
    ACopyOfThisScenario,
    RenameEllipsis,
    Delete,
    DeleteThisScenarioCtrlZ,
    APlanAlwaysKeepsOne,

    // app/views/business.rs
    Sector,
    Description,
    SummaryLanguage,
    WhoAreYourCustomers,
    Goals,
    YourCustomersComeFrom,
    ALocalBusinessGainsFrom,
    TheTimeYouHave,
    HoursPerWeekThisScenario,
    HoursPerWeek,
    UseThePlansHoursFor,
    TheirAges,
    AtLeastOneStays,
    TheyAre,
    OpenDays,
    OpensAt,
    ClosesAt,
    AtMostADay,
    TheHoursYouCanGive,
    RushHours,
    TheBusyTimesOfAn,
    To,
    RemoveTheseHours,
    AddRushHours,
    TheProducts,
    PlaceEachProductWhoBuys,
    ProductName,
    MoveUp,
    MoveDown,
    RemoveThisProduct,
    Consumers,
    Businesses,
    Visual,
    Weight,
    HowMuchThisProductMatters,
    AddAProduct,
    NewProduct,
    TheNeighbourhoodOrTheTown,
    TheRegion,
    TheWholeCountry,
    SeveralCountries,

    // app/views/drill.rs
    IfACustomerWrites,
    IfYouDropTheLook,
    HowLongTheMessageWaits,
    NoPlatformHasMessagesTo,

    // app/file_dialog.rs
    SocialplanPlan,

    // app/safekeeping.rs
    Opened,
    ThisPlanCouldNotBe,
    NotRestoredThePlanIs,
    UnsavedWorkRestored,
    AutosaveFailed,

    // app/layout.rs
    File,
    NoRecentPlan,
    Edit,
    View,
    Light,
    Dark,
    FollowTheSystem,
    Help,
    TheMethod,
    About,
    MakingThePDF,
    ThePlanCannotBeSaved,
    Ready,
    MapAndTime,
    Week,
    Compare,
    Summary,
    SummaryWrittenIn,
    ChangeItUnderSummaryLanguage,
    ChosenPlatformProductHoverFor,
    ThisIsAnExamplePlan,
    ReadOnlyThisPlanIs,

    // app/planner.rs
    ChangeUndone,
    ChangeRedone,
    MyBusiness,
    NewPlan,
    Saved,
    SummaryExported,
    CalendarExported,
    ThePlansFileCouldNot,
    TheCalendarWasNotExported,
    TheSummaryWasNotPrinted,
    ThePDFCouldNotBe,
    ReadOnly,
    ThePlanWasNotSaved,
    TheSummaryWasNotExported,

    // app/modals.rs
    UnsavedChanges,
    ThePlanHasChangesThat,
    DontSave,
    RestoreUnsavedWork,
    Restore,
    TheFileHasChanged,
    Replace,
    PlanAlreadyOpen,
    OpenReadOnly,
    SeeItHereWithoutChanging,
    OpenACopy,
    WorkOnACopyTo,
    OpenAPlan,
    SaveAsTitle,
    ExportTheSummary,
    ExportTheCalendar,
    NoFileDialogIsAvailable,
    FormatLabel,
    PDFToPrint,
    MarkdownText,
    Paper,
    ChooseTheFile,
    Version,
    ChooseYourSocialNetworksAnd,

    // report/reactivity.rs
    And,
    ThankYouForTellingUs,
    ThePersonWhoDecides,

    // report/week.rs
    Post,
    Publish,
    Inbox,
    PlanningInSentence,
    All,
    Day,
    Time,
    PlatformInSentence,
    What,
    WhoInSentence,
    PerDay,
    AWeek,
    NothingToLayOutNo,

    // report/calendar.rs
    You,

    // report/summary.rs
    ASocialNetworkIsNot,
    AQuestionAnswerInPublic,

    // report/compare.rs
    WithinBudget,
    Over,
    AnyTimeInBrackets,
    StarTheCurrentScenario,

    // storage/error.rs
    CouldNotSave,

    // analysis/recommend.rs
    NoProductOnTheMap,
    WhereBusinessBuyersAre,
    WhereJobSeekersLook,
    LittleUsedByBrands,
    WhereLocalCustomersLook,
    ReasonSeparator,
    ListAnd,

    // analysis/week/items.rs
    MakeAStory,
    ReadTheMessagesOnThe,
    ReadTheMessagesAndAnswer,
    PrepareNextWeekAndRead,

    // analysis/cost.rs
    SharedOrAdaptedPosts,
    OnePlanningSession,

    // analysis/map.rs
    ConsumersInPictures,
    BusinessesInPictures,
    ConsumersInWords,
    BusinessesInWords,

    // The summary's headings and labels (report/words.rs)
    Title,
    Audience,
    Map,
    Recommendation,
    SummaryTime,
    Reactivity,
    Checklist,
    Notes,
    SummaryWeek,
    SummaryScenarios,
    Current,
    WhyFitted,
    SummaryScore,
    LooksPerWeek,
    Creation,
    Replies,
    Monitoring,
    Total,
    Budget,
    SummaryHoursPerWeek,
    ToConsumers,
    ToBusinesses,
    SummaryChosen,
    Page,
    Position,
    NoneChosen,
    NoProducts,
    Date,
    PlanFile,
    Place,
    LegendChosen,
    LegendOther,
    LegendProduct,
    LegendRank,
    MapHint,
    MapCrowded,
    OtherPlatforms,
    BringBack,
    Drill,
    DrillIntro,
    Promise,
    MedianWait,
    P90Wait,
    WorstWait,
    WithinADay,
    KeptHeader,
    Kept,
    NotKept,
    NothingToAnswer,
    SomeoneToName,
    SummaryAwayMessage,
    AwayHint,
    CrisisPointer,
    CrisisTitle,
    WhoAnswers,
    WhatToDo,
    HoldingReply,
    WeekPost,
    WeekPublish,
    WeekInbox,
    WeekPhone,
    AudienceReached,

    // Why a platform is ranked where it is (analysis/recommend.rs)
    FarFromProducts,
    CloseToProducts,
    CloseToProductsAndMore,
    OfAdults,
    OfPeopleAged,
    UsedBy,
    PeopleGoThere,
    StrongFor,
    WeakFor,

    // What a change saves (analysis/savings.rs)
    SavingShare,
    SavingOpeningHours,
    SavingReuse,
    SavingRelaxResponse,
    SavingNoStories,
    SavingFewerPosts,
    SavingLighterFormat,
    SavingDrop,
    SavingDropOnlyFor,

    // What shared work saves (analysis/cost.rs)
    OneInbox,
    SharedSavesOne,
    SharedSavesOther,

    // The longest wait (analysis/drill.rs)
    WorstCaseWait,

    // Fit my week (analysis/fit)
    FittedTo,

    // The week's work (analysis/week/items.rs)
    WorkAbout,
    ShareThePost,
    AdaptThePost,
    WorkOnTheNextPost,
    WriteThePost,
    ScheduledEveryWeeks,
    ScheduledToGoOut,

    // What the owner should know about the week (analysis/week/items.rs)
    NoticeEveryFewWeeks,
    NoticeDayOverLimit,
    NoticeWeekOverLimit,
    NoticeNightLooks,
    NoticeNoRoom,
    NoticeMoveOfGoneItem,
    NoticeMoveToClosedDay,

    // Why Fit my week kept or left out a platform (analysis/fit/reasons.rs)
    AnswersInOpeningHours,
    AnswersAnyTime,
    FitKept,
    FitKeptServes,
    FitKeptShares,
    FitKeptAdapts,
    FitPastTheMost,
    FitFarBelowTheBest,
    FitBringsLess,
    FitWouldTake,
    FitWouldTakeAt,
    FitThatMakes,
    FitWithThatMakes,
    FitLeftOut,

    // app/views/reuse.rs
    SharesNameS,
    AdaptsNameS,

    // app/views/scenarios.rs
    APlanHoldsAtMost,
    ScenarioCurrentDeletedCtrlZ,

    // app/safekeeping.rs
    NameOpenedReadOnlyIt,
    ACopyOfNameSave,

    // app/layout.rs
    ProposalKeptAsScenarioName,

    // report/reactivity.rs
    OnDaysOffAndHolidays,
    AComplaintOrBadNews,
    MoveToAPrivateMessage,
    PutItRightAndCome,
    IfItSpreadsTellDecides,
    AfterwardsWriteDownWhatHappened,

    // report/calendar.rs
    MinutesMinByWhoPlanned,

    // report/summary.rs
    WithinOfOpeningHours,
    WithinAnyTime,

    // report/compare.rs
    ShareOfYourAudienceUses,
    ShareOfYourAudienceUsesOne,

    // cli/writing.rs
    NothingUsefulFitsInH,
    MinutesOfBudgetAvailable,
    AScenarioIsAlreadyCalled,

    // report/compare.rs
    TotalBudget,
    Status,
    AnswersWithin,
    GoalsServedWell,

    // report/summary.rs
    ChooseFewPlatformsTheOnes,
    NameWhoAnswersOnEach,
    CheckThatThePlannedTime,
    CompleteEachProfilePictureOpening,
    PrepareAnswersToTheQuestions,
    PrepareAMonthOfPosts,
    AgreeOnWhatToDo,

    // app/modals.rs
    ASocialNetworkIsNotA,
    ChooseYourNetworksByWhat,
    KeepingAnAccountAliveTakes,
    AnswerFastAnUnansweredQuestion,
    PrepareBeforeYouStartYour,

    // How often someone looks (report/summary.rs)
    LooksOnce,
    LooksTwice,
    LooksTimes,

    // The week against the hours (report/summary.rs)
    VerdictWithin,
    VerdictOver,

    // The reactivity plan (report/summary.rs)
    LooksAndAnswers,
    QuotedReply,

    // Saving, printing and other windows (app/planner.rs, app/modals.rs)
    OpenInAnotherWindowCannotSave,
    PdfReadyButNotPrinted,
    EventsCancelled,
    RestoreUnsavedChanges,
    ChangedByAnotherProgram,
    OpenInAnotherWindow,

    // Posts made once for several platforms (app/views/reuse.rs)
    ReuseShares,
    ReuseAdapts,
    ReuseShare,
    ReuseAdapt,
    ReuseWrongWayRound,
    ReuseNotBetter,
    SharesPostsOf,
    AdaptsPostsOf,

    // Days and the away message (report/reactivity.rs)
    OnDay,
    FromDayToDay,
    AwayMessageText,
    WhoAnswersWithin,

    // What changed when an older plan was read (model/migration.rs)
    MigratedCadence,
    MigratedAudience,

    // A day closed in the week (app/views/week.rs)
    DayClosedNothingMoved,

    // Fit my week in the window (app/views/fit.rs)
    NothingUsefulFits,

    // The platforms table (app/views/platforms.rs)
    SharedInbox,
    CustomersExpectAnswer,

    // Writing a fitted plan (cli/writing.rs)
    WrittenToCurrentScenario,

    // What is wrong with a plan or a file (model/broken.rs): numbers
    BrokenNotANumber,
    BrokenFromTo,
    BrokenMoreThan,
    BrokenOffTheMap,
    BrokenResponseTarget,
    BrokenOpenDaysCount,
    BrokenOpenHours,
    BrokenDailyLimit,
    BrokenFollowers,
    BrokenMoreThanAWeek,

    // What is wrong (model/broken.rs): names and texts
    BrokenNameControl,
    BrokenBlank,
    BrokenNameTooLong,
    BrokenTextControl,
    BrokenTextTooLong,

    // What is wrong (model/broken.rs): the week
    BrokenNoOpenDay,
    BrokenDayTwice,
    BrokenClosesBeforeOpens,
    BrokenNotATime,

    // What is wrong (model/broken.rs): the plan's lists
    BrokenTooMany,
    BrokenNoScenario,
    BrokenNoFormat,
    BrokenGoalTwice,
    BrokenSameName,
    BrokenSameCustomId,
    BrokenIdTaken,
    BrokenUnknownInbox,
    BrokenUnknownScenario,
    BrokenQuotedName,
    BrokenUnknownPlatform,
    BrokenChosenTwice,
    BrokenReusesItself,
    BrokenReuseCycle,
    BrokenReuseChain,
    BrokenReuseNotChosen,

    // What is wrong, said in the window by the platforms' names (model/broken.rs)
    BrokenReuseNotChosenNamed,
    BrokenReusesItselfNamed,
    BrokenUnknownPlatformNamed,

    // What is wrong (model/broken.rs): the file's format
    BrokenUnknownLanguage,
    BrokenBadId,
    BrokenSameScenarioId,
    BrokenNotADate,
    BrokenOtherFormat,
    BrokenNewerFormat,
    BrokenNoSuchFormat,
    BrokenNotInFormat,
    BrokenFormerField,
    BrokenCadence,
    BrokenListedTwice,
    BrokenChoicesOutsideScenarios,
    BrokenBothDayForms,
    BrokenBothHourForms,
    BrokenMissing,
    BrokenMissingAs,
    BrokenUnknownField,
    BrokenFieldTwice,
    BrokenNotAllowed,
    BrokenExpectedNumber,
    BrokenExpectedText,
    BrokenExpectedFieldName,
    BrokenExpectedComma,
    BrokenWrongStructName,
    BrokenEndsEarly,
    BrokenTooDeep,
    BrokenNotUtf8,

    // What is wrong (model/broken.rs): reading and writing files
    BrokenTooBig,
    BrokenLinkToNothing,
    BrokenIsThePlan,
    BrokenNotAnEarlierPdf,
    BrokenNotAnEarlierCalendar,
    BrokenNotAnEarlierPlan,
    BrokenNotAnEarlierSummary,
    BrokenReadOnlyFile,
    BrokenLocked,
    BrokenNotOurCalendar,
    BrokenCalendarOfAnotherPlan,
    BrokenNothingToExport,
    BrokenFolder,
    BrokenPipe,
    BrokenDevice,
    BrokenSocket,
    BrokenNotOrdinaryFile,
    BrokenFileMissing,
    BrokenNoPermission,
    BrokenDiskFull,
    BrokenReadOnlyDisk,
    BrokenReadingPrevious,
    BrokenKeepingPrevious,

    // What is wrong (model/broken.rs): an example written as the file writes it, so never respaced
    BrokenScenariosExample,

    // Keys, as menus name them (app/command.rs)
    KeyCtrl,
    KeyShift,

    // Dates on paper (report/pdf.rs)
    DateInWords,
    FirstOfTheMonth,
    January,
    February,
    March,
    April,
    May,
    June,
    July,
    August,
    September,
    October,
    November,
    December,
}
