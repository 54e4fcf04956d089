//! Who speaks for the business besides the owner: the customers' reviews, asked for and each
//! answered, and the ambassadors, the people who already speak well of it (docs/method.md,
//! "Reviews and ambassadors"). Plan format 5 (`voices:` in the file); a plan without them has
//! neither, and its week is unchanged.

use serde::{Deserialize, Serialize};

use super::broken::{Broken, Items};
use super::calendar_record::Date;
use super::language::Language;
use super::rules;
use crate::locale::Sentence as S;

/// The review routine and the ambassadors.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Voices {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviews: Option<ReviewRoutine>,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "rules::de_ambassadors")]
    pub ambassadors: Vec<Ambassador>,
}

impl Voices {
    pub fn is_empty(&self) -> bool {
        *self == Voices::default()
    }
}

/// Where customers read the business's reviews, when and how happy customers are asked for one.
/// Every review gets a reply within the promise of the first review site (`analysis::voices`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRoutine {
    /// Platform ids (the catalogue's, or the plan's own), the one customers read most first:
    /// Google Business Profile for a local business.
    #[serde(deserialize_with = "rules::de_review_sites")]
    pub sites: Vec<String>,
    pub ask_after: AskMoment,
    pub ask_by: AskWay,
    /// Happy customers asked for a review each week.
    #[serde(deserialize_with = "rules::de_asks")]
    pub asks_per_week: u32,
}

impl ReviewRoutine {
    /// What a new routine proposes: Google first, asked in person after a sale, five a week.
    pub fn starter() -> ReviewRoutine {
        ReviewRoutine {
            sites: vec!["google_business".to_owned()],
            ask_after: AskMoment::Purchase,
            ask_by: AskWay::InPerson,
            asks_per_week: 5,
        }
    }
}

/// The moment a customer is asked: when they are pleased, not before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AskMoment {
    /// After a purchase the customer was glad of.
    Purchase,
    /// Once the order is delivered or collected.
    Delivery,
    /// Once the job or the service is finished and approved.
    FinishedJob,
    /// When a customer thanks or praises the business.
    Compliment,
}

impl AskMoment {
    pub const ALL: [AskMoment; 4] =
        [AskMoment::Purchase, AskMoment::Delivery, AskMoment::FinishedJob, AskMoment::Compliment];

    pub fn words(self, lang: Language) -> &'static str {
        lang.word(match self {
            AskMoment::Purchase => S::AskAfterPurchase,
            AskMoment::Delivery => S::AskAfterDelivery,
            AskMoment::FinishedJob => S::AskAfterFinishedJob,
            AskMoment::Compliment => S::AskAfterCompliment,
        })
    }
}

/// How the ask is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AskWay {
    /// A word at the counter or on site.
    InPerson,
    /// A card with the review page's QR code handed over.
    Card,
    /// A message (e-mail, text) with the link.
    Message,
}

impl AskWay {
    pub const ALL: [AskWay; 3] = [AskWay::InPerson, AskWay::Card, AskWay::Message];

    pub fn words(self, lang: Language) -> &'static str {
        lang.word(match self {
            AskWay::InPerson => S::AskInPerson,
            AskWay::Card => S::AskWithACard,
            AskWay::Message => S::AskByMessage,
        })
    }
}

/// Who the ambassador is to the business.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Customer,
    Partner,
    Supplier,
    Staff,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Customer, Role::Partner, Role::Supplier, Role::Staff];

    pub fn words(self, lang: Language) -> &'static str {
        lang.word(match self {
            Role::Customer => S::RoleCustomer,
            Role::Partner => S::RolePartner,
            Role::Supplier => S::RoleSupplier,
            Role::Staff => S::RoleStaff,
        })
    }
}

/// What an ambassador may let the business do: each asked for, and given, on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Permission {
    /// Name or tag them in the business's posts.
    Tag,
    /// Share their posts about the business on its accounts.
    Repost,
}

impl Permission {
    pub const ALL: [Permission; 2] = [Permission::Tag, Permission::Repost];

    pub fn words(self, lang: Language) -> &'static str {
        lang.word(match self {
            Permission::Tag => S::PermissionTag,
            Permission::Repost => S::PermissionRepost,
        })
    }
}

/// One agreement, kept after it is withdrawn: the record says who agreed to what, and when.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub what: Permission,
    pub given: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Date>,
}

impl Consent {
    pub fn holds(&self) -> bool {
        self.withdrawn.is_none()
    }
}

/// Someone who already speaks well of the business.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ambassador {
    #[serde(deserialize_with = "rules::de_name")]
    pub name: String,
    pub role: Role,
    /// What to send them to share (a photo of the new range, the event's poster): one line.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_line")]
    pub send: Option<String>,
    /// Every agreement given, oldest first, with its withdrawal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consents: Vec<Consent>,
}

impl Ambassador {
    pub fn new(name: impl Into<String>, role: Role) -> Ambassador {
        Ambassador { name: name.into(), role, send: None, consents: Vec::new() }
    }

    /// Whether they agree to this now: tagging and reposting only with a consent that holds.
    pub fn allows(&self, what: Permission) -> bool {
        self.consents.iter().any(|c| c.what == what && c.holds())
    }

    /// Records their agreement on `day`; nothing when it already holds.
    pub fn agree(&mut self, what: Permission, day: Date) {
        if !self.allows(what) {
            self.consents.push(Consent { what, given: day, withdrawn: None });
        }
    }

    /// Records that they withdrew it on `day` (never before it was given); the agreement stays
    /// in the record.
    pub fn withdraw(&mut self, what: Permission, day: Date) {
        for c in self.consents.iter_mut().filter(|c| c.what == what && c.holds()) {
            c.withdrawn = Some(day.max(c.given));
        }
    }

    /// The record is sound: at most [`rules::MAX_CONSENTS`], none withdrawn before it was
    /// given, at most one holding per permission.
    pub fn check(&self) -> Result<(), Broken> {
        if self.consents.len() > rules::MAX_CONSENTS {
            return Err(Broken::TooMany {
                count: self.consents.len(),
                max: rules::MAX_CONSENTS,
                what: Items::Consents,
            });
        }
        for c in &self.consents {
            if let Some(w) = c.withdrawn
                && w < c.given
            {
                return Err(Broken::WithdrawnBeforeGiven {
                    given: c.given.0.to_string(),
                    withdrawn: w.0.to_string(),
                });
            }
        }
        for p in Permission::ALL {
            if self.consents.iter().filter(|c| c.what == p && c.holds()).count() > 1 {
                return Err(Broken::ListedTwice);
            }
        }
        Ok(())
    }
}

/// Every ambassador's record, and each name once.
pub fn check_ambassadors(list: &[Ambassador]) -> Result<(), Broken> {
    if list.len() > rules::MAX_AMBASSADORS {
        return Err(Broken::TooMany {
            count: list.len(),
            max: rules::MAX_AMBASSADORS,
            what: Items::Ambassadors,
        });
    }
    for (i, a) in list.iter().enumerate() {
        rules::name(&a.name)?;
        if let Some(send) = &a.send {
            rules::line(send)?;
        }
        a.check()?;
        if list[..i].iter().any(|b| rules::same_name(&a.name, &b.name)) {
            return Err(Broken::SameName { what: Items::Ambassadors, name: a.name.clone() });
        }
    }
    Ok(())
}

/// The review sites: at least one, at most [`rules::MAX_REVIEW_SITES`], each once.
pub fn check_sites(sites: &[String]) -> Result<(), Broken> {
    if sites.is_empty() {
        return Err(Broken::Missing {
            field: "sites".into(),
            example: Some("sites: [\"google_business\"]".into()),
        });
    }
    if sites.len() > rules::MAX_REVIEW_SITES {
        return Err(Broken::TooMany {
            count: sites.len(),
            max: rules::MAX_REVIEW_SITES,
            what: Items::ReviewSites,
        });
    }
    for s in sites {
        rules::id(s)?;
    }
    rules::each_once(sites)
}

/// The reviews and ambassadors, from format 5 on; an older plan has none.
pub(super) fn voices_from_file(
    version: u32,
    voices: Option<Voices>,
) -> Result<Voices, super::plan_file::FormatMismatch> {
    match voices {
        Some(_) if version < 5 => Err(super::plan_file::FormatMismatch {
            field: "voices".into(),
            broken: Broken::NotInFormat { field: "voices".into(), format: version, since: 5 },
        }),
        Some(v) => Ok(v),
        None => Ok(Voices::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Date {
        Date(chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap())
    }

    #[test]
    fn a_consent_holds_until_withdrawn_and_stays_in_the_record() {
        let mut a = Ambassador::new("Léa", Role::Customer);
        assert!(!a.allows(Permission::Repost), "no repost without a consent");
        a.agree(Permission::Repost, day(3));
        a.agree(Permission::Repost, day(4));
        assert_eq!(a.consents.len(), 1, "agreeing again while it holds records nothing new");
        assert!(a.allows(Permission::Repost) && !a.allows(Permission::Tag));
        a.withdraw(Permission::Repost, day(20));
        assert!(!a.allows(Permission::Repost));
        assert_eq!(a.consents[0].withdrawn, Some(day(20)), "the agreement is kept, with its end");
        a.agree(Permission::Repost, day(25));
        assert!(a.allows(Permission::Repost) && a.consents.len() == 2 && a.check().is_ok());
    }

    #[test]
    fn a_record_that_cannot_be_true_is_refused() {
        let mut a = Ambassador::new("Léa", Role::Staff);
        a.consents.push(Consent { what: Permission::Tag, given: day(10), withdrawn: Some(day(9)) });
        assert!(matches!(a.check(), Err(Broken::WithdrawnBeforeGiven { .. })));
        a.consents[0].withdrawn = None;
        a.consents.push(Consent { what: Permission::Tag, given: day(11), withdrawn: None });
        assert_eq!(a.check(), Err(Broken::ListedTwice), "two agreements holding at once");
        let two = [Ambassador::new("Léa", Role::Staff), Ambassador::new(" léa ", Role::Customer)];
        assert!(matches!(check_ambassadors(&two), Err(Broken::SameName { .. })));
    }

    #[test]
    fn review_sites_are_ids_each_once() {
        assert!(check_sites(&["google_business".into(), "facebook".into()]).is_ok());
        assert!(check_sites(&[]).is_err());
        assert_eq!(check_sites(&["facebook".into(), "facebook".into()]), Err(Broken::ListedTwice));
        assert_eq!(check_sites(&["<script>".into()]), Err(Broken::BadId));
    }

    const FORMAT_4: &str = r#"(format_version: 4, business: (name: "Shop"),
        time: (weekly_budget_hours: 2.0, open_days: [Mon, Tue], opens: "09:00", closes: "17:00"),
        current_scenario: "A", scenarios: [(name: "A", choices: [])])"#;

    #[test]
    fn a_format_4_plan_opens_as_format_5_without_voices_and_says_so() {
        use crate::storage;
        let path = std::path::Path::new("shop.ron");
        let catalogue = super::super::Catalogue::built_in();
        let loaded = storage::parse_file(FORMAT_4, path, catalogue).unwrap();
        assert_eq!((loaded.file_format, loaded.plan.format_version), (4, super::super::FORMAT_VERSION));
        assert!(loaded.plan.voices.is_empty());
        assert!(loaded.migrations.contains(&super::super::Migration::NoVoicesYet), "{:?}", loaded.migrations);
        let with = FORMAT_4.replace("current_scenario", "voices: (ambassadors: []), current_scenario");
        let e = storage::parse_file(&with, path, catalogue).unwrap_err();
        assert!(e.to_string().contains("came with format 5"), "{e}");
        // Format 5: read back as written; a review site no platform has is refused by name.
        let five = FORMAT_4.replace("format_version: 4", "format_version: 5").replace(
            "current_scenario",
            r#"voices: (reviews: (sites: ["google_business"], ask_after: Purchase, ask_by: Card, asks_per_week: 4)), current_scenario"#,
        );
        let plan = storage::parse_file(&five, path, catalogue).unwrap().plan;
        assert_eq!(plan.voices.reviews.as_ref().map(|r| r.asks_per_week), Some(4));
        assert!(storage::parse_file(&five.replace("google_business", "myspace"), path, catalogue).is_err());
        assert!(
            storage::parse_file(&five.replace("asks_per_week: 4", "asks_per_week: 1000"), path, catalogue)
                .is_err()
        );
    }

    #[test]
    fn a_routine_reads_back_as_written() {
        let mut a = Ambassador::new("Boulangerie voisine", Role::Partner);
        a.send = Some("The new loaf's photo".into());
        a.agree(Permission::Tag, day(2));
        let voices = Voices { reviews: Some(ReviewRoutine::starter()), ambassadors: vec![a] };
        let text = ron::to_string(&voices).unwrap();
        assert!(text.contains("given:\"2026-11-02\""), "{text}");
        assert_eq!(ron::from_str::<Voices>(&text).unwrap(), voices);
        assert!(ron::from_str::<Voices>(&text.replace("Boulangerie voisine", "a\u{1b}[2J")).is_err());
    }
}
