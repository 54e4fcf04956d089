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
    ToFindLocalPlaces,
    ToPlanAPurchase,
    ToBeEntertained,
    ForProfessionalNewsAndNetworking,
    ToLookForAJob,
    ToReadReviews,
    ToAskABusiness,
    ToFollowTheNews,
    ForHobbyCommunities,
    ToLearnHowToDo,

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

    // model/goal.rs
    Awareness,
    Sales,
    CustomerService,
    Recruiting,

    // model/migration.rs
    MigratedPromisesInOpeningHours,

    // What changed when an older plan was read (model/migration.rs)
    MigratedCadence,
    MigratedAudience,

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

    // model/plan.rs
    Local,
    Regional,
    National,
    International,
    MyPlan,

    // model/post_format.rs
    Text,
    Image,
    ShortVideo,
    LongVideo,

    // model/scenarios.rs
    AnotherScenarioHasThatName,
    Scenario,
    Copy,

    // Where in a file (storage/error.rs)
    AtLineColumn,
    InField,

    // storage/error.rs
    CouldNotSave,

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

    // analysis/cost.rs
    SharedOrAdaptedPosts,
    OnePlanningSession,

    // What shared work saves (analysis/cost.rs)
    OneInbox,
    SharedSavesOne,
    SharedSavesOther,

    // The longest wait (analysis/drill.rs)
    WorstCaseWait,

    // Fit my week (analysis/fit)
    FittedTo,

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

    // analysis/map.rs
    ConsumersInPictures,
    BusinessesInPictures,
    ConsumersInWords,
    BusinessesInWords,

    // analysis/recommend.rs
    NoProductOnTheMap,
    WhereBusinessBuyersAre,
    WhereJobSeekersLook,
    LittleUsedByBrands,
    WhereLocalCustomersLook,
    ReasonSeparator,
    ListAnd,

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

    // analysis/week/items.rs
    MakeAStory,
    ReadTheMessagesOnThePhone,
    ReadTheMessagesAndAnswer,
    PrepareNextWeekAndRead,

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

    // report/calendar.rs
    You,
    MinutesMinByWhoPlanned,

    // Lists cut short in a cell (report/compare.rs, analysis/recommend.rs)
    AndMore,

    // report/compare.rs
    WithinBudget,
    Over,
    AnyTimeInBrackets,
    StarTheCurrentScenario,
    ShareOfYourAudienceUses,
    ShareOfYourAudienceUsesOne,
    TotalBudget,
    Status,
    AnswersWithin,
    GoalsServedWell,

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

    // report/reactivity.rs
    And,
    ThankYouForTellingUs,
    ThePersonWhoDecides,
    OnDaysOffAndHolidays,
    AComplaintOrBadNews,
    MoveToAPrivateMessage,
    PutItRightAndCome,
    IfItSpreadsTellDecides,
    AfterwardsWriteDownWhatHappened,

    // Days and the away message (report/reactivity.rs)
    OnDay,
    FromDayToDay,
    AwayMessageText,
    WhoAnswersWithin,

    // report/summary.rs
    SalesNote,
    AQuestionAnswerInPublic,
    WithinOfOpeningHours,
    WithinAnyTime,
    ChooseFewPlatformsTheOnes,
    NameWhoAnswersOnEach,
    CheckThatThePlannedTime,
    CompleteEachProfilePictureOpening,
    PrepareAnswersToTheQuestions,
    PrepareAMonthOfPosts,
    AgreeOnWhatToDo,

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

    // The monthly check-in (MONTHLY CHECK-IN: model/checkin.rs, analysis/checkin, report/months.rs, views/month.rs)
    BrokenNotAMonth,
    BrokenMonthInFuture,
    BrokenMonthTwice,
    BrokenPartsOverTotal,
    MonthRecords,
    ResultMessages,
    ResultEnquiries,
    ResultBookings,
    ResultReviews,
    ResultFollowers,
    ResultCandidates,
    ResultMessagesInSentence,
    ResultEnquiriesInSentence,
    ResultBookingsInSentence,
    ResultReviewsInSentence,
    ResultFollowersInSentence,
    ResultCandidatesInSentence,
    AdviceTooEarly,
    AdviceKeep,
    AdviceCutBack,
    AdviceDrop,
    VerdictTooEarly,
    VerdictKeep,
    VerdictCutBack,
    VerdictDrop,
    VerdictElsewhere,
    OverBudgetMonths,
    LearnedPerPost,
    LearnedPerLook,
    LearningProgress,
    YourFigureFromMonths,
    TheDefault,

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
    NothingToLayOut,

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
    WeekInbox,
    WeekPhone,
    AudienceReached,

    // cli/writing.rs
    NothingUsefulFitsInH,
    MinutesOfBudgetAvailable,
    AScenarioIsAlreadyCalled,

    // Writing a fitted plan (cli/writing.rs)
    WrittenToCurrentScenario,

    // Printing (printing.rs)
    SentToPrinter,
    NoPrintService,
    PrintingFailed,

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
    SaveTooltip,
    SaveAsTooltip,
    ExportSummaryTooltip,
    ExportCalendarTooltip,
    FitMyWeekTooltip,
    PrintTooltip,
    CloseSocialplan,
    UndoTheLastChange,
    RedoTheUndoneChange,
    OpenAgainAPlanOpened,

    // Keys, as menus name them (app/command.rs)
    KeyCtrl,
    KeyShift,

    // app/modals.rs
    UnsavedChanges,
    SaveTheChangesQuestion,
    DontSave,
    RestoreUnsavedWork,
    Restore,
    TheFileHasChanged,
    Replace,
    PlanAlreadyOpen,
    OpenReadOnly,
    SeeItHereWithoutChanging,
    OpenACopy,
    WorkOnACopy,
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
    AboutSocialplan,
    MethodNotAShop,
    MethodChooseByWhatYouSell,
    MethodKeepingAliveTakesTime,
    MethodAnswerFast,
    MethodPrepare,

    // app/planner.rs
    ChangeUndone,
    ChangeRedone,
    MyBusiness,
    NewPlan,
    Saved,
    SummaryExported,
    CalendarExported,
    ExportNotKeptInPlan,
    TheCalendarWasNotExported,
    TheSummaryWasNotPrinted,
    ThePdfCouldNotBeMade,
    ReadOnly,
    ThePlanWasNotSaved,
    TheSummaryWasNotExported,

    // Saving, printing and other windows (app/planner.rs, app/modals.rs)
    OpenInAnotherWindowCannotSave,
    PdfReadyButNotPrinted,
    EventsCancelled,
    RestoreUnsavedChanges,
    ChangedByAnotherProgram,
    OpenInAnotherWindow,

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
    MapLegend,
    ThisIsAnExamplePlan,
    ReadOnlyOpenElsewhere,
    ProposalKeptAsScenarioName,

    // app/file_dialog.rs
    SocialplanPlan,

    // app/safekeeping.rs
    Opened,
    ThisPlanCouldNotBeOpened,
    NotRestoredThePlanIs,
    UnsavedWorkRestored,
    AutosaveFailed,
    OpenedReadOnlyElsewhere,
    ACopyOfNameSave,

    // app/views/business.rs
    Sector,
    Description,
    SummaryLanguage,
    WhoAreYourCustomers,
    Goals,
    YourCustomersComeFrom,
    ReachHint,
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
    BusyTimesHint,
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

    // app/views/compare.rs
    OneScenarioSoFarDuplicate,
    EachScenariosHours,
    Shown,
    Show,
    MakeThisTheCurrentScenario,
    GreyedRowsAreTheSame,

    // app/views/drill.rs
    IfACustomerWrites,
    IfYouDropTheLook,
    HowLongTheMessageWaits,
    NoMessagesToRead,

    // app/views/fit.rs
    FitMyWeekTitle,
    FitMyWeekIntro,
    Close,
    Proposed,
    Why,
    KeepAsANewScenario,
    KeepProposalTooltip,
    Discard,

    // Fit my week in the window (app/views/fit.rs)
    NothingUsefulFits,

    // app/views/map.rs
    Platforms,
    Chosen,
    Products,
    Rank,
    Score,
    ClickToRemove,
    ClickToAdd,

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
    AnsweredFromInbox,
    RemoveFromThePlan,
    UsualHere,
    LooksAbandoned,
    LooksAWeekToKeep,
    OfOpeningHours,
    AnyTime,
    HasNoStories,
    StoriesAWeek,
    ThisPlatformsFigures,
    MinutesPerPost,
    RepliesPerWeek,
    PlanningMinWeek,
    Followers,
    YourFollowersOnThisPlatform,
    ClearDefaultEstimate,
    BackToTheCataloguesFigure,
    TheCataloguesFigure,

    // The platforms table (app/views/platforms.rs)
    CustomersExpectAnswer,

    // app/views/reactivity.rs
    WhoAnswersCustomers,
    WhoCoversOnDaysOff,
    ToBeNamed,
    TextsReadyForYourCustomers,
    TheTextsForYourCustomers,
    AwayMessage,
    SentByItselfToWhoever,
    NoneNeededNowEveryPromise,
    YourAwayMessageForEveryInbox,
    BackToTheProposedMessage,
    HoldingReplyToAComplaint,
    TheFirstPublicAnswerWithin,
    BackToTheProposedReply,

    // app/views/reuse.rs
    ItsOwn,
    OtherPlatformsTakeTheirPosts,
    TheWrongWayRoundSee,
    TurnItRound,
    MakeItsOwn,
    SharesNameS,
    AdaptsNameS,

    // Posts made once for several platforms (app/views/reuse.rs)
    ReuseShares,
    ReuseAdapts,
    ReuseShare,
    ReuseAdapt,
    ReuseWrongWayRound,
    ReuseNotBetter,
    SharesPostsOf,
    AdaptsPostsOf,

    // app/views/scenarios.rs
    ScenarioName,
    Rename,
    Cancel,
    NotRenamed,
    TheScenarioShownAndEdited,
    NewScenarioTooltip,
    Duplicate,
    ACopyOfThisScenario,
    RenameEllipsis,
    Delete,
    DeleteThisScenarioCtrlZ,
    APlanAlwaysKeepsOne,
    APlanHoldsAtMost,
    ScenarioCurrentDeletedCtrlZ,

    // app/views/time_chart.rs
    ChooseAPlatformToSeeItsTime,
    Apply,
    MakeThisChangeCtrlZ,

    // app/views/week.rs
    ScheduledInAdvanceNoTime,
    Who,
    FromThePhoneOutsideOpening,
    PlacedByYouRightClick,
    NothingToLayOutChoose,
    Closed,
    Planning,
    PutItBack,
    WeekLegend,

    // A day closed in the week (app/views/week.rs)
    DayClosedNothingMoved,

    // Quoting a name in a sentence
    Quoted,
}
