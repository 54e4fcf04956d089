//! Les mots du programme en français : chaque phrase, un seul `match` exhaustif.

use super::Sentence as S;

pub fn template(sentence: S) -> &'static str {
    match sentence {
        // model/audience.rs
        S::Ages13To17 => "13-17 ans",
        S::Ages18To29 => "18-29 ans",
        S::Ages30To49 => "30-49 ans",
        S::Ages50To64 => "50-64 ans",
        S::N65AndOver => "65 ans et plus",
        S::ConsumersInSentence => "particuliers",
        S::BusinessBuyers => "acheteurs en entreprise",
        S::JobSeekers => "candidats à l'embauche",
        S::ToKeepUpWithFriends => "suivre ses proches",
        S::ToFindLocalPlaces => "trouver des lieux et commerces près de chez soi",
        S::ToPlanAPurchase => "préparer un achat, collecter des idées",
        S::ToBeEntertained => "se divertir",
        S::ForProfessionalNewsAndNetworking => "suivre leur métier et leur réseau professionnel",
        S::ToLookForAJob => "chercher un emploi",
        S::ToReadReviews => "lire les avis",
        S::ToAskABusiness => "poser une question à une entreprise",
        S::ToFollowTheNews => "suivre l'actualité",
        S::ForHobbyCommunities => "retrouver une communauté de passionnés",
        S::ToLearnHowToDo => "apprendre à faire quelque chose",

        // model/broken.rs
        S::ThePDF => "le PDF",
        S::TheCalendar => "le calendrier",
        S::ThePlanWritten => "le plan écrit",
        S::TheSummary => "le résumé",
        S::ProductsInSentence => "produits",
        S::Scenarios => "scénarios",
        S::ChosenPlatformsInSentence => "plateformes choisies",
        S::CustomPlatforms => "plateformes personnelles",
        S::CalendarEvents => "évènements de calendrier",
        S::IdeasInSentence => "idées de publication",
        S::MiB => "Mio",
        S::Bytes => "octets",

        // What is wrong with a plan or a file (model/broken.rs): numbers
        S::BrokenNotANumber => "{value} n'est pas un nombre que ce plan peut utiliser",
        S::BrokenFromTo => "{value} doit être compris entre {min} et {max}",
        S::BrokenMoreThan => "{value} doit être supérieur à {min} et inférieur ou égal à {max}",
        S::BrokenOffTheMap => "{value} est hors de la carte\u{202F}: prenez un nombre entre 0 et 1",
        S::BrokenResponseTarget => {
            "{value} h\u{202F}: un délai de réponse va de {min} h (un quart d'heure) à {max} h (quatre semaines)"
        }
        S::BrokenOpenDaysCount => "{days} jours d'ouverture\u{202F}: une semaine en compte de 1 à 7",
        S::BrokenOpenHours => {
            "{hours} h d'ouverture par jour\u{202F}: une journée en compte plus de 0 et au plus 24"
        }
        S::BrokenDailyLimit => {
            "{hours} h par jour\u{202F}: la limite quotidienne est de plus de 0 h et d'au plus 24 h"
        }
        S::BrokenFollowers => "{value} abonnés\u{202F}: au plus {max}",
        S::BrokenMoreThanAWeek => {
            "«\u{a0}{platform}\u{a0}» prendrait à elle seule {hours} h par semaine, plus que les {week_hours} h d'une semaine\u{202F}: réduisez ses publications, ses abonnés, ses réponses ou ses minutes"
        }

        // What is wrong (model/broken.rs): names and texts
        S::BrokenNameControl => {
            "le nom contient un caractère de contrôle (un saut de ligne, une tabulation, un échappement)\u{202F}: écrivez-le sur une seule ligne"
        }
        S::BrokenBlank => "le nom est vide",
        S::BrokenEmptyIdea => "l'idée est vide",
        S::BrokenNameTooLong => "le nom dépasse {max} caractères",
        S::BrokenTextControl => {
            "le texte contient un caractère de contrôle autre qu'un saut de ligne ou une tabulation"
        }
        S::BrokenTextTooLong => "le texte dépasse {max} caractères",

        // What is wrong (model/broken.rs): the week
        S::BrokenNoOpenDay => {
            "aucun jour d'ouverture\u{202F}: indiquez-en au moins un, comme [Mon, Tue, Wed, Thu, Fri]"
        }
        S::BrokenDayTwice => {
            "{day_name} ({day}) figure deux fois\u{202F}: indiquez chaque jour d'ouverture une seule fois"
        }
        S::BrokenOpensAtEndOfDay => {
            "ouvre à 24:00, la fin de la journée\u{202F}: un commerce qui ouvre à minuit écrit «\u{a0}00:00\u{a0}»"
        }
        S::BrokenRushEndsBeforeStart => {
            "une heure de pointe de {from} à {to} finit avant de commencer\u{202F}: c'est un moment d'une même journée, sa fin après son début"
        }
        S::BrokenClosesBeforeOpens => {
            "ferme à {closes} et ouvre à {opens}\u{202F}: la fermeture vient plus tard le même jour, ou après minuit jusqu'à {latest} et dans les {longest}\u{a0}h après l'ouverture"
        }
        S::BrokenNotATime => {
            "«\u{a0}{text}\u{a0}» n'est pas une heure\u{202F}: écrivez-la «\u{a0}HH:MM\u{a0}», de «\u{a0}00:00\u{a0}» à «\u{a0}24:00\u{a0}»"
        }

        // What is wrong (model/broken.rs): the plan's lists
        S::BrokenTooMany => "{count} {what}\u{202F}: le plan en accepte au plus {max}",
        S::BrokenNoScenario => "un plan a besoin d'au moins un scénario",
        S::BrokenNoFormat => "une plateforme accepte au moins un format",
        S::BrokenGoalTwice => {
            "l'objectif «\u{a0}{goal_label}\u{a0}» figure deux fois\u{202F}: gardez chaque objectif une seule fois"
        }
        S::BrokenSameName => {
            "deux {what} s'appellent «\u{a0}{name}\u{a0}»\u{202F}: donnez à chacun son propre nom"
        }
        S::BrokenSameCustomId => "deux plateformes personnelles ont l'identifiant «\u{a0}{id}\u{a0}»",
        S::BrokenIdTaken => {
            "«\u{a0}{id}\u{a0}» est déjà l'identifiant d'une plateforme du catalogue\u{202F}: choisissez-en un autre"
        }
        S::BrokenUnknownInbox => {
            "aucun groupe de messagerie ne s'appelle «\u{a0}{group}\u{a0}»\u{202F}: prenez l'un de {known} ou un groupe qu'une autre plateforme personnelle nomme"
        }
        S::BrokenUnknownScenario => {
            "aucun scénario ne s'appelle «\u{a0}{name}\u{a0}»\u{202F}; les scénarios sont {known}"
        }
        S::BrokenQuotedName => "«\u{a0}{name}\u{a0}»",
        S::BrokenUnknownPlatform => {
            "aucune plateforme n'a l'identifiant «\u{a0}{id}\u{a0}»\u{202F}; identifiants connus\u{202F}: {known}"
        }
        S::BrokenChosenTwice => {
            "«\u{a0}{platform}\u{a0}» est choisie deux fois\u{202F}: gardez un seul choix par plateforme"
        }
        S::BrokenReusesItself => {
            "«\u{a0}{platform}\u{a0}» ne peut pas reprendre ses propres publications\u{202F}: nommez une autre plateforme choisie"
        }
        S::BrokenReuseCycle => {
            "«\u{a0}{platform}\u{a0}» reprend «\u{a0}{source}\u{a0}», qui reprend «\u{a0}{platform}\u{a0}»\u{202F}: les reprises tournent en rond\u{202F}; l'une des deux doit faire ses propres publications"
        }
        S::BrokenReuseChain => {
            "«\u{a0}{source}\u{a0}» reprend elle-même «\u{a0}{further}\u{a0}»\u{202F}: reprenez directement d'une plateforme qui fait ses propres publications"
        }
        S::BrokenReuseNotChosen => {
            "«\u{a0}{platform}\u{a0}» reprend «\u{a0}{source}\u{a0}», qui n'est pas choisie dans ce scénario\u{202F}: choisissez-la aussi, ou retirez reuse_from"
        }

        // What is wrong, said in the window by the platforms' names (model/broken.rs)
        S::BrokenReuseNotChosenNamed => {
            "{platform} reprend les publications de {source}, qui n'est pas choisie dans ce scénario\u{202F}: choisissez-la aussi, ou laissez {platform} faire ses propres publications"
        }
        S::BrokenReusesItselfNamed => {
            "{platform} ne peut pas reprendre ses propres publications\u{202F}: laissez-la les faire, ou choisissez une autre plateforme"
        }
        S::BrokenUnknownPlatformNamed => {
            "{platform} n'est ni dans le catalogue ni parmi vos propres plateformes\u{202F}: retirez-la du plan"
        }

        // What is wrong (model/broken.rs): the file's format
        S::BrokenUnknownLanguage => "langue inconnue «\u{a0}{code}\u{a0}»\u{202F}: écrivez \"fr\" ou \"en\"",
        S::BrokenBadId => {
            "un identifiant ne contient que des lettres, des chiffres, - et _ (64 au plus\u{202F}; l'UID d'un évènement aussi . et @)\u{202F}: laissez-le tel que socialplan l'a écrit, ou supprimez la ligne pour en obtenir un nouveau"
        }
        S::BrokenSameScenarioId => {
            "deux scénarios ont l'identifiant «\u{a0}{id}\u{a0}», sans doute une copie faite à la main\u{202F}: supprimez la ligne id de la copie, elle en recevra un"
        }
        S::BrokenNotADate => {
            "«\u{a0}{text}\u{a0}» n'est pas une date\u{202F}: écrivez-la «\u{a0}AAAA-MM-JJ\u{a0}»"
        }
        S::BrokenOtherFormat => "le format {found} n'est pas le format {expected}",
        S::BrokenNewerFormat => {
            "ce plan a été écrit par une version plus récente de socialplan (format de plan {found})\u{202F}; cette version lit le format {reads}. Mettez socialplan à jour pour l'ouvrir\u{202F}: il n'est pas ouvert ici, pour que rien de ce qu'il contient ne soit perdu"
        }
        S::BrokenNoSuchFormat => {
            "le format de plan {found} n'existe pas\u{202F}; cette version lit les formats {oldest} à {newest}"
        }
        S::BrokenNotInFormat => {
            "un plan au format {format} n'a pas de {field}\u{202F}: il est apparu avec le format {since}"
        }
        S::BrokenFormerField => {
            "{field} appartient aux anciens formats\u{202F}; le format {format} écrit {now} à la place"
        }
        S::BrokenCadence => {
            "{posts} publication(s) toutes les {every_weeks} semaines n'est pas un rythme\u{202F}: écrivez des publications entières par semaine ({whole}), ou une publication toutes les 2, 3 ou 4 semaines ({spread})"
        }
        S::BrokenListedTwice => "une entrée figure deux fois\u{202F}: indiquez chacune une seule fois",
        S::BrokenChoicesOutsideScenarios => "au format 2, les choix vont dans un scénario\u{202F}: {example}",
        S::BrokenBothDayForms => "écrivez soit {new}, soit l'ancien {old}, pas les deux",
        S::BrokenBothHourForms => "écrivez soit {opens} et {closes}, soit l'ancien {old}, pas les deux",
        S::BrokenMissing => "le champ {field} manque",
        S::BrokenMissingAs => "le champ {field} manque, par exemple {example}",
        S::BrokenUnknownField => {
            "champ inconnu {found} (une faute de frappe, peut-être)\u{202F}; les champs permis ici sont\u{202F}: {expected}"
        }
        S::BrokenFieldTwice => "le champ {field} est écrit deux fois",
        S::BrokenNotAllowed => "{found} n'est pas permis ici\u{202F}; prenez l'un de\u{202F}: {expected}",
        S::BrokenExpectedNumber => "un nombre est attendu ici",
        S::BrokenExpectedText => "un texte entre guillemets droits (\"…\") est attendu ici",
        S::BrokenExpectedFieldName => {
            "un nom de champ est attendu ici\u{202F}: une parenthèse ou une virgule est-elle mal placée\u{202F}?"
        }
        S::BrokenExpectedComma => "une virgule est attendue ici",
        S::BrokenWrongStructName => "{expected} ou simplement {bare} est attendu, pas {found}",
        S::BrokenEndsEarly => {
            "le fichier s'arrête trop tôt\u{202F}: il manque un crochet ou une parenthèse fermante"
        }
        S::BrokenTooDeep => "le fichier imbrique trop de crochets pour être un plan",
        S::BrokenNotUtf8 => {
            "le fichier n'est pas du texte UTF-8\u{202F}: a-t-il été enregistré par un autre programme\u{202F}? Enregistrez-le en texte UTF-8"
        }

        // What is wrong (model/broken.rs): reading and writing files
        S::BrokenTooBig => {
            "le fichier contient plus de {size} ({bytes} octets), le plus qu'il puisse contenir\u{202F}: est-ce bien le bon fichier\u{202F}?"
        }
        S::BrokenLinkToNothing => "un lien vers rien\u{202F}: nommez un vrai fichier",
        S::BrokenIsThePlan => {
            "c'est le plan lui-même\u{202F}: {output} le remplacerait\u{202F}; choisissez un autre nom"
        }
        S::BrokenNotAnEarlierPdf => {
            "ce fichier n'est pas un PDF (un plan\u{202F}? un texte\u{202F}?), il n'est donc pas remplacé\u{202F}: choisissez un autre nom"
        }
        S::BrokenNotAnEarlierCalendar => {
            "ce fichier n'est pas un calendrier (un plan\u{202F}? un texte\u{202F}?), il n'est donc pas remplacé\u{202F}: choisissez un autre nom"
        }
        S::BrokenNotAnEarlierPlan => {
            "ce fichier n'est pas un plan (un texte\u{202F}? un calendrier\u{202F}?), il n'est donc pas remplacé\u{202F}: choisissez un autre nom"
        }
        S::BrokenNotAnEarlierSummary => {
            "ce fichier n'est pas un résumé précédent, il n'est donc pas remplacé\u{202F}: choisissez un autre nom"
        }
        S::BrokenReadOnlyFile => {
            "le fichier est en lecture seule, il n'est donc pas remplacé\u{202F}: rendez-le modifiable, ou choisissez un autre nom"
        }
        S::BrokenLocked => {
            "un autre socialplan modifie ce plan en ce moment (il tient {lock})\u{202F}: rien n'a été écrit\u{202F}; réessayez dans un instant"
        }
        S::BrokenNotOurCalendar => {
            "ce calendrier a été écrit par un autre programme ({prodid}), il n'est donc pas remplacé\u{202F}: choisissez un autre nom"
        }
        S::BrokenCalendarOfAnotherPlan => {
            "ce calendrier a été écrit par socialplan pour un autre plan (ou par une version plus ancienne), il n'est donc pas remplacé\u{202F}: choisissez un autre nom"
        }
        S::BrokenNothingToExport => {
            "le scénario «\u{a0}{scenario}\u{a0}» n'a aucune plateforme choisie\u{202F}: un calendrier a besoin d'au moins un évènement\u{202F}; choisissez d'abord une plateforme"
        }
        S::BrokenFolder => "c'est un dossier, pas un fichier",
        S::BrokenPipe => {
            "c'est un tube (FIFO), pas un fichier\u{202F}: il n'est pas lu, car il pourrait attendre sans fin"
        }
        S::BrokenDevice => "c'est un périphérique, pas un fichier\u{202F}: il n'est pas lu",
        S::BrokenSocket => "c'est un socket, pas un fichier\u{202F}: il n'est pas lu",
        S::BrokenNotOrdinaryFile => "ce n'est pas un fichier ordinaire\u{202F}: il n'est pas lu",
        S::BrokenFileMissing => "le fichier ou son dossier n'existe pas",
        S::BrokenNoPermission => {
            "accès refusé\u{202F}: le fichier ou le dossier est en lecture seule, ou appartient à quelqu'un d'autre"
        }
        S::BrokenDiskFull => "le disque est plein\u{202F}: libérez de la place et enregistrez à nouveau",
        S::BrokenReadOnlyDisk => "le disque est en lecture seule\u{202F}: enregistrez le plan ailleurs",
        S::BrokenReadingPrevious => "en lisant la version précédente\u{202F}: {why}",
        S::BrokenKeepingPrevious => "en gardant la version précédente\u{202F}: {why}",

        // What is wrong (model/broken.rs): an example written as the file writes it, so never respaced
        S::BrokenScenariosExample => "`scenarios: [(name: \"Mon plan\", choices: [...])]`",

        // model/goal.rs
        S::Awareness => "Notoriété",
        S::Sales => "Ventes",
        S::CustomerService => "Service client",
        S::Recruiting => "Recrutement",

        // model/migration.rs
        S::MigratedStarterIdeas => {
            "idées de publication\u{202F}: les idées de départ de votre type d'activité servent tant que vous ne les gardez pas ou n'écrivez pas les vôtres (Idées)"
        }
        S::MigratedPromisesInOpeningHours => {
            "les délais de réponse se comptent en heures d'ouverture, avec un message d'absence pour le reste du temps : c'est ce que faisait la semaine de ce plan"
        }

        // What changed when an older plan was read (model/migration.rs)
        S::MigratedCadence => {
            "{platform} : {posts} publication(s) par semaine devient {cadence}, qu'un calendrier peut montrer"
        }
        S::MigratedAudience => "votre public, d'après vos produits et objectifs : {customers}",

        // model/opening.rs
        S::Monday => "lundi",
        S::Tuesday => "mardi",
        S::Wednesday => "mercredi",
        S::Thursday => "jeudi",
        S::Friday => "vendredi",
        S::Saturday => "samedi",
        S::Sunday => "dimanche",
        S::Mon => "lun.",
        S::Tue => "mar.",
        S::Wed => "mer.",
        S::Thu => "jeu.",
        S::Fri => "ven.",
        S::Sat => "sam.",
        S::Sun => "dim.",

        // model/plan.rs
        S::Local => "Locale",
        S::Regional => "Régionale",
        S::National => "Nationale",
        S::International => "Internationale",
        S::MyPlan => "Mon plan",

        // model/post_format.rs
        S::Text => "Texte",
        S::Image => "Image",
        S::ShortVideo => "Vidéo courte",
        S::LongVideo => "Vidéo longue",

        // model/scenarios.rs
        S::AnotherScenarioHasThatName => "un autre scénario porte déjà ce nom",
        S::Scenario => "Scénario",
        S::Copy => "copie",

        // Where in a file (storage/error.rs)
        S::AtLineColumn => ", ligne {line}, colonne {column}",
        S::InField => ", champ {field}",

        // storage/error.rs
        S::CouldNotSave => "impossible d'enregistrer",

        // Parts of a plan, as the owner sees them (storage/place.rs)
        S::ProductNamed => "Produit {name}",
        S::YourPlatformNamed => "Votre plateforme {name}",
        S::ScenarioNamed => "Scénario {name}",
        S::ChoiceNumber => "choix {number}",
        S::TheBusiness => "L'entreprise",
        S::TheAudience => "Le public",
        S::YourHours => "Vos heures",
        S::TheCurrentScenario => "Le scénario courant",
        S::TheNotes => "Les notes",

        // analysis/cost.rs
        S::SharedOrAdaptedPosts => "les publications partagées ou adaptées",
        S::OnePlanningSession => "une seule séance de planification",

        // What shared work saves (analysis/cost.rs)
        S::OneInbox => "une seule boîte {inbox}",
        S::SharedSavesOne => "{shared} : {hours} de moins par semaine",
        S::SharedSavesOther => "{shared} : {hours} de moins par semaine",

        // The longest wait (analysis/drill.rs)
        S::WorstCaseWait => "{what} le {from} à {from_at} attend jusqu'au {until} à {until_at} : {hours}",
        S::WorstCaseWaitAWeek => {
            "{what} le {from} à {from_at} attend jusqu'au {until} suivant à {until_at} : {hours}"
        }
        S::AMessage => "un message arrivé",
        S::AReview => "un avis publié",
        S::TooLongClosed => {
            ". Les clients y attendent une réponse sous {expected} : même avec la promesse tenue en heures d'ouverture, c'est trop long pour eux. Jetez un coup d'œil depuis le téléphone une fois par jour pendant la fermeture."
        }
        S::TooLongLooks => {
            ". Les clients y attendent une réponse sous {expected} : même avec la promesse tenue en heures d'ouverture, c'est trop long pour eux. Regardez au moins une fois chaque jour d'ouverture et promettez une réponse plus rapide."
        }
        S::OfWhichOpen => "dont {hours} d'ouverture",
        S::LongestInOpeningHours => "la plus longue en heures d'ouverture : {hours}",

        // Fit my week (analysis/fit)
        S::FittedTo => "Ajusté à {hours}",

        // Why Fit my week kept or left out a platform (analysis/fit/reasons.rs)
        S::AnswersInOpeningHours => "réponse sous {hours} h d'ouverture",
        S::AnswersAnyTime => "réponse sous {hours} h, à toute heure",
        S::FitKept => {
            "{platform} : {cadence} en {format}, {promise} ; {hours} par semaine ; rang {rank} du classement"
        }
        S::FitKeptServes => ", sert bien : {goals}",
        S::FitKeptShowsProducts => " ; montre vos produits à ceux qui les achètent",
        S::FitKeptFoundLocally => " ; les clients du coin vous y cherchent",
        S::FitKeptOnlyFoundLocally => {
            " ; classée bas pour son public, gardée parce que les clients du coin vous y cherchent"
        }
        S::FitKeptShares => " ; partage les publications de {source} (un bouton)",
        S::FitKeptAdapts => " ; adapte les publications de {source}",
        S::FitPastTheMost => "est au-delà du rang {max}, et un scénario compte au plus {max} plateformes",
        S::FitFarBelowTheBest => "est trop loin de la meilleure pour valoir vos heures",
        S::FitBringsLess => "ne tiendrait qu'en prenant sur les plateformes retenues, qui rapportent plus",
        S::FitWouldTake => "demanderait {hours} par semaine ({promise})",
        S::FitWouldTakeAt => "demanderait {hours} par semaine à {cadence} en {format} ({promise})",
        S::FitThatMakes => "; cela fait {total}, {over} de plus que vos heures",
        S::FitWithThatMakes => "; avec {platforms} cela fait {total}, {over} de plus que vos heures",
        S::FitLeftOut => "{platform} (rang {rank}) : laissée de côté, elle {why}.",
        S::FitAndIt => " ; elle {why}",

        // analysis/map.rs
        S::ConsumersInPictures => "Particuliers, en images",
        S::BusinessesInPictures => "Entreprises, en images",
        S::ConsumersInWords => "Particuliers, en mots",
        S::BusinessesInWords => "Entreprises, en mots",

        // analysis/recommend.rs
        S::NoProductOnTheMap => "aucun produit sur la carte pour la situer",
        S::WhereBusinessBuyersAre => "là où sont les acheteurs en entreprise",
        S::WhereJobSeekersLook => "là où cherchent les candidats",
        S::LittleUsedByBrands => "peu utilisée par les marques",
        S::WhereLocalCustomersLook => "là où cherchent les clients du coin",
        S::ReasonSeparator => " ; ",
        S::ListAnd => " et ",

        // Why a platform is ranked where it is (analysis/recommend.rs)
        S::FarFromProducts => "loin de vos produits sur la carte (le plus proche : {nearest})",
        S::CloseToProducts => "proche de {products} sur la carte",
        S::CloseToProductsAndMore => "proche de {products} et {more} autre(s) sur la carte",
        S::OfAdults => "des adultes",
        S::OfPeopleAged => "des {ages}",
        S::UsedBy => "utilisée par {percent} {who}",
        S::PeopleGoThere => "on y va pour {purpose}",
        S::StrongFor => "fort pour : {goals}",
        S::WeakFor => "faible pour : {goals}",

        // What a change saves (analysis/savings.rs)
        S::SavingShare => {
            "partager les publications de {source} sur {platform} telles quelles (un bouton) libère {hours} par semaine"
        }
        S::SavingOpeningHours => {
            "répondre sur {platform} en heures d'ouverture, avec un message d'absence le reste du temps, libère {hours} par semaine"
        }
        S::SavingReuse => {
            "adapter les publications de {source} pour {platform} au lieu d'en créer libère {hours} par semaine"
        }
        S::SavingRelaxResponse => {
            "répondre sous {to} h au lieu de {from} h sur {platform} libère {hours} par semaine"
        }
        S::SavingNoStories => {
            "laisser les {stories} stories par semaine sur {platform} libère {hours} par semaine"
        }
        S::SavingFewerPosts => "passer à {to} au lieu de {from} sur {platform} libère {hours} par semaine",
        S::SavingFewerPostsWithFollowers => {
            "passer à {to} au lieu de {from} sur {platform} et sur ce qui en reprend les publications ({followers}) libère {hours} par semaine"
        }
        S::SavingLighterFormat => {
            "publier en {to} plutôt qu'en {from} sur {platform} libère {hours} par semaine"
        }
        S::SavingDrop => "quitter {platform} libère {hours} par semaine",
        S::SavingDropOnlyFor => " ; mais c'est la seule plateforme choisie qui sert bien : {goals}",

        // analysis/week/items.rs
        S::MakeAStory => "Faire une story",
        S::ReadTheMessagesOnThePhone => "Lire les messages sur le téléphone et répondre",
        S::ReadTheMessagesAndAnswer => "Lire les messages et répondre",
        S::PrepareNextWeekAndRead => "Préparer la semaine suivante et lire les statistiques",

        // The week's work (analysis/week/items.rs)
        S::WorkAbout => "{work} sur « {topic} »",
        S::ShareThePost => "Partager la publication de {source}",
        S::AdaptThePost => "Adapter la publication de {source}",
        S::WorkOnTheNextPost => "Avancer la prochaine publication (une toutes les {weeks} semaines)",
        S::WriteThePost => "Préparer la publication",
        S::ScheduledEveryWeeks => "Mise en ligne programmée, toutes les {weeks} semaines",
        S::ScheduledToGoOut => "Mise en ligne programmée",

        // What the owner should know about the week (analysis/week/items.rs)
        S::NoticeEveryFewWeeks => {
            "{platform} : une publication toutes les {weeks} semaines ; son travail est réparti sur ces semaines, et sa mise en ligne revient toutes les {weeks} semaines"
        }
        S::NoticeDayOverLimit => {
            "Le {day} demande {hours}, plus que les {limit} par jour que vous pouvez donner : déplacez une publication, répondez moins vite ou publiez moins"
        }
        S::NoticeWeekOverLimit => {
            "La semaine demande {hours}, mais vos jours ouverts n'en tiennent que {capacity} à la limite par jour"
        }
        S::NoticeNightLooks => {
            "{platform} : répondre sous {hours} h à toute heure demande de regarder aussi la nuit ; promettez plutôt une réponse en heures d'ouverture"
        }
        S::NoticeNoRoom => "Le {day} est trop plein : une tâche y chevauche une autre",
        S::NoticeMoveOfGoneItem => {
            "Le déplacement de « {item} » est gardé mais pas appliqué : cet élément n'est plus dans la semaine"
        }
        S::NoticeMoveToClosedDay => {
            "Le déplacement de « {item} » au {day} est gardé mais pas appliqué : ce jour n'est plus ouvert"
        }

        // report/calendar.rs
        S::You => "vous",
        S::MinutesMinByWhoPlanned => "{minutes} min, par {who}. Prévu par socialplan.",

        // Lists cut short in a cell (report/compare.rs, analysis/recommend.rs)
        S::AndMore => "{items} et {more} autres",

        // report/compare.rs
        S::WithinBudget => "dans le budget",
        S::Over => "de trop",
        S::AnyTimeInBrackets => " (à toute heure)",
        S::StarTheCurrentScenario => "* le scénario courant",
        S::ShareOfYourAudienceUses => "{share} de votre public l'utilise",
        S::ShareOfYourAudienceUsesOne => "{share} de votre public utilise l'une d'elles",
        S::TotalBudget => "Total / budget",
        S::Status => "Bilan",
        S::AnswersWithin => "Réponse promise",
        S::GoalsServedWell => "Objectifs bien servis",

        // Dates on paper (report/pdf.rs)
        S::DateInWords => "{day} {month} {year}",
        S::FirstOfTheMonth => "1er",
        S::January => "janvier",
        S::February => "février",
        S::March => "mars",
        S::April => "avril",
        S::May => "mai",
        S::June => "juin",
        S::July => "juillet",
        S::August => "août",
        S::September => "septembre",
        S::October => "octobre",
        S::November => "novembre",
        S::December => "décembre",

        // report/reactivity.rs
        S::And => "et",
        S::ThankYouForTellingUs => {
            "Merci de nous l'avoir dit, et désolés pour ce qui s'est passé. Nous regardons tout de suite et revenons vers vous aujourd'hui : pouvez-vous nous écrire en message privé, ou nous appeler, pour que nous réglions cela ensemble ?"
        }
        S::ThePersonWhoDecides => "la personne qui décide",
        S::OnDaysOffAndHolidays => "Les jours de repos et pendant les congés : {cover}",
        S::AComplaintOrBadNews => {
            "Une critique ou une mauvaise nouvelle : répondre en public dans l'heure où on la voit, au plus tard {first} après, avec la réponse d'attente ci-dessous. Ne rien effacer."
        }
        S::MoveToAPrivateMessage => {
            "Passer en message privé ou au téléphone dès qu'il faut des détails personnels (une commande, une adresse, un numéro), ou au deuxième échange public."
        }
        S::PutItRightAndCome => "Régler le problème et revenir le dire en public, sous {settled}.",
        S::IfItSpreadsTellDecides => {
            "Si cela se répand : prévenir tout de suite {decides}, publier une seule réponse claire, et la tenir à jour."
        }
        S::AfterwardsWriteDownWhatHappened => {
            "Après coup : noter ce qui s'est passé et préparer la réponse pour la prochaine fois."
        }

        // Days and the away message (report/reactivity.rs)
        S::OnDay => "le {day}",
        S::FromDayToDay => "du {first} au {last}",
        S::AwayMessageText => {
            "Merci pour votre message ! Nous sommes fermés en ce moment. Nous répondons {days}, de {opens} à {closes} : vous aurez notre réponse dans les {hours} heures d'ouverture qui suivent."
        }
        S::NoAutoReplyThere => {
            "{platforms} : pas de réponse automatique possible ; indiquez vos horaires et votre délai de réponse dans la description du profil."
        }
        S::AwayMessageDaysOne => {
            "Merci pour votre message ! Nous sommes fermés en ce moment. Nous répondons {days}, de {opens} à {closes} : vous aurez notre réponse d'ici la fin de notre prochain jour d'ouverture."
        }
        S::AwayMessageDaysOther => {
            "Merci pour votre message ! Nous sommes fermés en ce moment. Nous répondons {days}, de {opens} à {closes} : vous aurez notre réponse sous {open_days} jours d'ouverture."
        }
        S::WhoAnswersWithin => "{platform} : {who}, réponse sous {promise}",

        // report/summary.rs
        S::SalesNote => {
            "Un réseau social n'est pas un magasin : une page ne vend pas toute seule. On y échange des informations ; les gens relaient ce qu'ils trouvent utile, important ou amusant, et c'est ainsi que naît la réputation qui, elle, fait venir les clients. Publiez pour être utile, pas pour vendre."
        }
        S::AQuestionAnswerInPublic => {
            "Une question : répondre en public, vite et simplement, puis poursuivre en message privé si elle concerne un client en particulier."
        }
        S::WithinOfOpeningHours => "{within} d'ouverture",
        S::WithinAnyTime => "{within}, à toute heure",
        S::ChooseFewPlatformsTheOnes => "Choisir peu de plateformes, celles où sont vos clients.",
        S::NameWhoAnswersOnEach => "Nommer qui répond sur chaque plateforme, et qui le remplace.",
        S::CheckThatThePlannedTime => "Vérifier que le temps prévu tient dans la semaine.",
        S::CompleteEachProfilePictureOpening => {
            "Compléter chaque profil : photo, horaires, contact, lien vers le site."
        }
        S::PrepareAnswersToTheQuestions => "Préparer les réponses aux questions les plus fréquentes.",
        S::PrepareAMonthOfPosts => "Préparer un mois de publications avant d'ouvrir les comptes.",
        S::AgreeOnWhatToDo => "Convenir de la marche à suivre si une mauvaise nouvelle se répand.",

        // How often someone looks (report/summary.rs)
        S::LooksOnce => "une fois par semaine",
        S::LooksTwice => "2 fois par semaine",
        S::LooksTimes => "{looks} fois par semaine",

        // The week against the hours (report/summary.rs)
        S::VerdictWithin => "{total} par semaine, dans les {budget} dont vous disposez.",
        S::VerdictOver => "{total} par semaine pour {budget} disponibles : {excess} de trop.",

        // The reactivity plan (report/summary.rs)
        S::LooksAndAnswers => "{who} regarde {looks} et répond sous {target}.",
        S::ReadsReviewsAndReplies => "{who} lit les avis {looks} et répond à chacun sous {target}.",
        S::QuotedReply => "«\u{202F}{reply}\u{202F}»",

        // The year's seasons (SEASONS: model/seasons.rs, model/moments.rs, model/country.rs, analysis/year.rs)
        S::BrokenNotADayOfTheYear => {
            "«\u{a0}{text}\u{a0}» n'est pas un jour de l'année\u{202F}: écrivez-le «\u{a0}MM-JJ\u{a0}» (12-24)\u{a0}; le 29 février n'est pas de toutes les années"
        }
        S::BrokenSeasonTooLong => {
            "{days} jours\u{202F}: une saison dure de 1 à {max} jours (plus longue, c'est votre temps habituel, et le reste une saison)"
        }
        S::SeasonsInSentence => "saisons",
        S::MigratedNoCountry => {
            "Le plan n'a pas encore de pays\u{202F}: choisissez-en un pour voir ses jours fériés et ses temps forts du commerce dans l'année\u{a0}; il n'a pas encore de saisons à lui."
        }
        S::CountryFr => "France",
        S::CountryBe => "Belgique",
        S::CountryCh => "Suisse",
        S::CountryCa => "Canada",
        S::CountryGb => "Royaume-Uni",
        S::CountryUs => "États-Unis",
        S::LanguageFrench => "français",
        S::LanguageEnglish => "anglais",
        S::SeasonPhaseIn => "saison «\u{a0}{season}\u{a0}»",
        S::SeasonPhasePreparing => "préparation de «\u{a0}{season}\u{a0}»",
        S::OrdinaryWeek => "une semaine ordinaire",
        S::WeekOfDateOne => "Semaine du {date}\u{202F}: {phase}, {hours} disponible",
        S::WeekOfDateOther => "Semaine du {date}\u{202F}: {phase}, {hours} disponibles",
        S::HolidayEvent => "Jour férié\u{202F}: {name}",
        S::TradeMomentEvent => "Temps fort du commerce\u{202F}: {name}",
        S::OnlyInRegions => "Seulement en {regions}.",
        S::AroundThisDay => "Autour de ce jour\u{a0}: la vraie date est fixée chaque année.",
        S::PrepareFrom => "Commencez à le préparer {weeks} semaines avant (une estimation).",
        S::SeasonBegins => {
            "Saison «\u{a0}{season}\u{a0}»\u{202F}: {hours} par semaine, {share} des publications habituelles"
        }
        S::NoCountryYet => {
            "Le plan n'a pas encore de pays\u{202F}: choisissez-en un (France, Belgique, Suisse, Canada, Royaume-Uni, États-Unis) pour voir ses jours fériés et ses temps forts du commerce, et classer les plateformes selon qui les utilise là-bas."
        }
        S::YearTab => "Année",
        S::CountryLabel => "Pays",
        S::YearNote => {
            "Les douze mois qui viennent\u{a0}: jours fériés (rouge), temps forts du commerce (orange\u{a0}; les semaines de préparation sont nos estimations) et vos propres saisons (bleu\u{a0}; plus clair\u{a0}: les semaines où vous les préparez). Dates et sources\u{a0}: docs/method.md."
        }
        S::YourSeasons => "Vos saisons",
        S::AddASeason => "➕ Ajouter une saison",
        S::NewSeasonName => "Nouvelle saison",
        S::RemoveThisSeason => "Retirer cette saison",
        S::MakeItASeason => "En faire une saison",
        S::MadeASeason => {
            "«\u{a0}{name}\u{a0}» est désormais une de vos saisons\u{a0}: réglez ses heures et ses publications ci-dessous."
        }
        S::NotMadeASeason => {
            "«\u{a0}{name}\u{a0}» n'est pas ajoutée\u{a0}: vous avez une saison de ce nom, ou autant qu'un plan en garde."
        }
        S::SeasonFirstDay => "Premier jour (MM-JJ)",
        S::SeasonLastDay => "Dernier jour (MM-JJ)",
        S::SeasonHours => "Heures par semaine",
        S::SeasonPostsShare => "Publications (part de l'habituel)",
        S::SeasonPrepareWeeks => "Semaines de préparation",
        S::SeasonPrepareShare => "Publications en préparation",
        S::TradeMomentsAhead => "Temps forts à venir",
        S::NoSeasonYet => {
            "Pas encore de saison à vous\u{a0}: ajoutez-en une, ou faites-en une d'un temps fort."
        }
        S::YearPageTitle => "L'année",
        S::YearPageIntro => {
            "Les douze mois du {from} au {to}\u{202F}: jours fériés (rouge\u{a0}; plus pâle\u{a0}: seulement certaines régions), temps forts du commerce (orange\u{a0}; les semaines pour les préparer sont des estimations), vos saisons (bleu\u{a0}; plus clair\u{a0}: les semaines où vous les préparez)."
        }
        S::MonthHeading => "Mois",
        S::HolidaysHeading => "Jours fériés",
        S::TradeMomentsHeading => "Temps forts du commerce",

        // The monthly check-in (MONTHLY CHECK-IN: model/checkin.rs, analysis/checkin, report/months.rs, views/month.rs)
        S::BrokenNotAMonth => {
            "«\u{a0}{text}\u{a0}» n'est pas un mois\u{202F}: écrivez-le «\u{a0}AAAA-MM\u{a0}», à partir de 2000 (2026-11)"
        }
        S::BrokenMonthInFuture => {
            "{month} n'est pas encore là (nous sommes en {now})\u{202F}: notez un mois une fois commencé"
        }
        S::BrokenMonthTwice => "{month} est noté deux fois pour {platform}\u{202F}: gardez l'un des deux",
        S::BrokenPartsOverTotal => {
            "les minutes par tâche font {parts}, plus que le total de {total}\u{202F}: corrigez l'un ou l'autre"
        }
        S::MonthRecords => "mois notés",
        S::ResultMessages => "Messages",
        S::ResultEnquiries => "Demandes",
        S::ResultBookings => "Réservations ou commandes",
        S::ResultReviews => "Avis",
        S::ResultFollowers => "Abonnés gagnés",
        S::ResultCandidates => "Candidatures",
        S::ResultMessagesInSentence => "messages",
        S::ResultEnquiriesInSentence => "demandes",
        S::ResultBookingsInSentence => "réservations ou commandes",
        S::ResultReviewsInSentence => "avis",
        S::ResultFollowersInSentence => "abonnés",
        S::ResultCandidatesInSentence => "candidatures",
        S::AdviceTooEarly => "Trop tôt pour le dire",
        S::AdviceKeep => "Garder",
        S::AdviceCutBack => "Réduire",
        S::AdviceDrop => "Abandonner",
        S::VerdictTooEarly => {
            "{platform}\u{202F}: {months} mois noté(s) sur les {needed} qu'il faut pour juger\u{202F}; trop tôt pour dire si cela paie."
        }
        S::VerdictKeep => {
            "Gardez {platform}\u{202F}: {rate} résultats par heure ({goal}), parmi les meilleurs de vos réseaux, pour {hours} par mois."
        }
        S::VerdictCutBack => {
            "Réduisez {platform}\u{202F}: {rate} résultats par heure au mieux ({goal}), moins de la moitié de ce que rapporte votre meilleur réseau, pour {hours} par mois."
        }
        S::VerdictDrop => {
            "Abandonnez {platform}\u{202F}: {hours} par mois pendant {months} mois n'ont rien rapporté pour vos objectifs."
        }
        S::VerdictElsewhere => {
            "Les {hours} par mois libérées rapporteraient environ {count} {what} de plus par mois sur {platform}, à son rythme."
        }
        S::OverBudgetMonths => {
            "De {from} à {to}, {months} mois de suite, les heures réelles ont dépassé le budget, de {over} par mois en moyenne\u{202F}: réduisez là où les mois rapportent le moins, ou donnez plus d'heures au plan."
        }
        S::LearnedPerPost => {
            "Minutes par publication sur {platform}\u{202F}: {own}, votre chiffre, sur {months} mois (par défaut\u{202F}: {default})."
        }
        S::LearnedPerLook => {
            "Minutes par coup d'œil sur {platform}\u{202F}: {own}, votre chiffre, sur {months} mois (par défaut\u{202F}: {default})."
        }
        S::LearningProgress => {
            "{platform}\u{202F}: {months} des {needed} mois dont le plan apprend\u{202F}; les chiffres par défaut valent jusque-là."
        }
        S::NoMonthRecorded => {
            "Aucun mois noté pour l'instant. Notez-en un avec\u{202F}: socialplan log PLAN --month AAAA-MM --platform ID --minutes 300"
        }
        S::MonthInReview => "le mois en revue",
        S::MonthLineText => {
            "{month} {platform}\u{202F}: prévu {planned}, réel {real}\u{202F}; {results} résultat(s) pour vos objectifs, {per_result} par résultat"
        }
        S::WhatThePlanLearned => "Ce que le plan a appris de vos mois\u{202F}:",
        S::KeepOrDrop => "Garder ou abandonner\u{202F}:",
        S::MonthRecorded => "{month} sur {platform}\u{202F}: noté ({figures}), écrit dans {path}.",
        S::MonthReplaced => {
            "{month} sur {platform}\u{202F}: noté ({figures}), écrit dans {path}\u{202F}; cela remplace les chiffres notés avant ({before})."
        }
        S::NothingToRecord => {
            "rien à noter\u{202F}: donnez au moins un chiffre (--minutes, --writing, --answering, --looking, --messages, --enquiries, --bookings, --reviews, --followers, --candidates), ou --tsv pour relire le mois"
        }
        S::RecordNeedsMonthAndPlatform => {
            "pour noter un mois, donnez-le avec le réseau\u{202F}: --month AAAA-MM --platform ID"
        }
        S::NotAWholeCount => {
            "«\u{a0}{text}\u{a0}» n'est pas un nombre de résultats\u{202F}: écrivez un nombre entier de 0 à {max}"
        }
        S::MonthTab => "Mois",
        S::RecordAMonth => "Noter un mois",
        S::PlannedAndReal => "Prévu et réel",
        S::NoMonthRecordedHere => {
            "Aucun mois noté pour l'instant\u{202F}: notez le premier ci-dessus, une fois le mois fini."
        }
        S::MonthField => "Mois (AAAA-MM)",
        S::PlatformField => "Réseau",
        S::MinutesInAll => "Minutes en tout",
        S::OfWhichWriting => "dont rédaction",
        S::OfWhichAnswering => "dont réponses",
        S::OfWhichLooking => "dont coups d'œil",
        S::RecordTheMonth => "Noter le mois",
        S::NothingToRecordHere => "Rien à noter\u{202F}: donnez au moins un chiffre.",
        S::AllPlatforms => "Tous les réseaux",
        S::ChartOf => "Courbe de",
        S::Real => "Réel",
        S::Planned => "Prévu",
        S::HoursAMonth => "Heures par mois",
        S::ResultsForGoals => "Résultats pour vos objectifs",
        S::HoursPerResult => "Heures par résultat",
        S::MonthRecordedHere => "{month} sur {platform}\u{202F}: noté ({figures}).",
        S::MonthReplacedHere => {
            "{month} sur {platform}\u{202F}: noté ({figures})\u{202F}; cela remplace les chiffres notés avant ({before})."
        }

        // report/week.rs
        S::Post => "publication",
        S::Publish => "mise en ligne",
        S::Inbox => "messages",
        S::PlanningInSentence => "planification",
        S::All => "toutes",
        S::Day => "jour",
        S::Time => "heure",
        S::PlatformInSentence => "plateforme",
        S::What => "quoi",
        S::WhoInSentence => "qui",
        S::PerDay => "Par jour",
        S::AWeek => "par semaine",
        S::NothingToLayOut => "Rien à placer : aucune plateforme n'est choisie.",

        // The summary's headings and labels (report/words.rs)
        S::Title => "Plan réseaux sociaux",
        S::Audience => "Public",
        S::Map => "La carte",
        S::Recommendation => "Recommandation",
        S::SummaryTime => "Temps par semaine",
        S::Reactivity => "Plan de réactivité",
        S::Checklist => "Avant de commencer",
        S::Notes => "Notes",
        S::SummaryWeek => "Votre semaine",
        S::SummaryScenarios => "Les scénarios",
        S::Current => "(résumé ici)",
        S::WhyFitted => "Pourquoi ce plan, ajusté à vos heures",
        S::SummaryScore => "Note",
        S::LooksPerWeek => "Coups d'œil / sem.",
        S::Creation => "Création",
        S::Replies => "Réponses",
        S::Monitoring => "Veille",
        S::Total => "Total",
        S::Budget => "Budget",
        S::SummaryHoursPerWeek => "heures par semaine",
        S::ToConsumers => "Vend aux particuliers",
        S::ToBusinesses => "Vend aux entreprises",
        S::SummaryChosen => "choisie",
        S::Page => "Page",
        S::Position => "Position",
        S::NoneChosen => "Aucune plateforme choisie pour l'instant.",
        S::NoProducts => "Aucun produit pour l'instant.",
        S::Date => "Date",
        S::PlanFile => "Fichier du plan",
        S::Place => "Sur la carte",
        S::LegendChosen => "plateforme choisie",
        S::LegendOther => "autre plateforme",
        S::LegendProduct => "vos produits",
        S::LegendRank => "chiffre : rang dans la recommandation",
        S::MapHint => "Plus une plateforme est proche de vos produits, mieux elle leur convient.",
        S::MapCrowded => {
            "Faute de place, certains noms de produits ne figurent pas sur la carte : voir le tableau des produits."
        }
        S::OtherPlatforms => "Moins adaptées",
        S::BringBack => "Pour revenir dans le budget :",
        S::Drill => "Combien de temps un message attend",
        S::DrillIntro => {
            "Les clients écrivent à toute heure, le soir et le week-end compris ; chaque message attend le prochain coup d'œil à sa boîte, tels que votre semaine les place. Une promesse en heures d'ouverture ne compte pas les heures où l'entreprise est fermée."
        }
        S::Promise => "Promesse",
        S::MedianWait => "Attente médiane",
        S::P90Wait => "9 sur 10 sous",
        S::WorstWait => "Pire attente",
        S::WithinADay => "Répondus sous 24 h",
        S::KeptHeader => "Tenue ?",
        S::Kept => "tenue",
        S::NotKept => "non tenue",
        S::NothingToAnswer => "rien à y surveiller, pas de messages attendus.",
        S::SomeoneToName => "une personne encore à désigner",
        S::SummaryAwayMessage => "Message d'absence, prêt à coller",
        S::AwayHint => {
            "À mettre en réponse automatique pour les heures de fermeture : dans Meta Business Suite, ou dans les réglages de la plateforme."
        }
        S::CrisisPointer => {
            "Une critique ou une mauvaise nouvelle : la fiche de la dernière page dit quoi faire, et en combien de temps. Imprimez-la pour le mur derrière le comptoir."
        }
        S::CrisisTitle => "En cas de mauvaise nouvelle",
        S::WhoAnswers => "Qui répond",
        S::WhatToDo => "Que faire",
        S::HoldingReply => "Réponse d'attente, à copier",
        S::WeekPost => "Préparer une publication",
        S::WeekInbox => "Messages",
        S::WeekPhone => "Messages, sur le téléphone",
        S::AudienceReached => "Public atteint",

        // cli/writing.rs
        S::NothingUsefulFitsInH => {
            "rien d'utile ne tient en {h} : le plan le plus léger ({platform_name} seule) demande {need} par semaine"
        }
        S::NothingUsefulFitsInADayOf => {
            "rien d'utile ne tient dans des journées d'au plus {limit} : le plan le plus léger ({platform_name} seule) tient dans les heures de la semaine mais demande {busiest} le jour le plus chargé ; relevez la limite par jour («\u{a0}{field}\u{a0}»)"
        }
        S::MinutesOfBudgetAvailableOne => "{minutes} sur {budget} disponible",
        S::MinutesOfBudgetAvailableOther => "{minutes} sur {budget} disponibles",
        S::AScenarioIsAlreadyCalled => {
            "Un scénario s'appelle déjà « {wanted} » : il reste tel quel, le nouveau s'appelle « {name} ».\n"
        }

        // Writing a fitted plan (cli/writing.rs)
        S::WrittenToCurrentScenario => {
            "Écrit dans {path} : le scénario « {name} » est le scénario courant.\n"
        }

        // Printing (printing.rs)
        S::SentToPrinter => "Résumé envoyé à l'imprimante. {printer_output}",
        S::NoPrintService => {
            "Pas de service d'impression sur cet ordinateur : le résumé est ouvert dans votre lecteur PDF, d'où vous pouvez l'imprimer."
        }
        S::PrintingFailed => {
            "L'impression directe n'a pas marché ({problem}) : le résumé est ouvert dans votre lecteur PDF, d'où vous pouvez l'imprimer."
        }

        // app/command.rs
        S::New => "Nouveau",
        S::Open => "Ouvrir…",
        S::Save => "Enregistrer",
        S::SaveAs => "Enregistrer sous…",
        S::ExportSummary => "Exporter le résumé…",
        S::ExportCalendar => "Exporter le calendrier…",
        S::FitMyWeek => "Ajuster à mes heures…",
        S::Print => "Imprimer…",
        S::Quit => "Quitter",
        S::Undo => "Annuler",
        S::Redo => "Rétablir",
        S::OpenRecent => "Ouvrir un plan récent",
        S::StartANewEmptyPlan => "Commencer un nouveau plan vide",
        S::OpenASavedPlanRon => "Ouvrir un plan enregistré (.ron)",
        S::SaveTooltip => "Enregistrer le plan dans son fichier",
        S::SaveAsTooltip => "Enregistrer le plan dans un nouveau fichier",
        S::ExportSummaryTooltip => "Enregistrer le résumé du plan en PDF ou en Markdown",
        S::ExportCalendarTooltip => {
            "Enregistrer la semaine en fichier de calendrier (.ics) pour Thunderbird, Google Agenda, Calendrier d'Apple ou Outlook ; un nouvel export met à jour les mêmes événements"
        }
        S::FitMyWeekTooltip => "Proposer le meilleur plan pour vos heures, à côté du vôtre",
        S::PrintTooltip => "Imprimer le résumé du plan (ou l'ouvrir dans le lecteur PDF)",
        S::CloseSocialplan => "Fermer socialplan",
        S::UndoTheLastChange => "Annuler la dernière modification",
        S::RedoTheUndoneChange => "Refaire la modification annulée",
        S::OpenAgainAPlanOpened => "Rouvrir un plan ouvert récemment",

        // Keys, as menus name them (app/command.rs)
        S::KeyCtrl => "Ctrl",
        S::KeyShift => "Maj",

        // app/modals.rs
        S::UnsavedChanges => "Modifications non enregistrées",
        S::SaveTheChangesQuestion => {
            "Le plan a des modifications qui ne sont pas enregistrées. Voulez-vous les enregistrer ?"
        }
        S::DontSave => "Ne pas enregistrer",
        S::RestoreUnsavedWork => "Reprendre le travail non enregistré ?",
        S::Restore => "Reprendre",
        S::TheFileHasChanged => "Le fichier a changé",
        S::Replace => "Remplacer",
        S::PlanAlreadyOpen => "Plan déjà ouvert",
        S::OpenReadOnly => "Ouvrir en lecture seule",
        S::SeeItHereWithoutChanging => "Le voir ici sans pouvoir le modifier",
        S::OpenACopy => "Ouvrir une copie",
        S::WorkOnACopy => "Travailler sur une copie, à enregistrer sous un autre nom",
        S::OpenAPlan => "Ouvrir un plan",
        S::SaveAsTitle => "Enregistrer sous",
        S::ExportTheSummary => "Exporter le résumé",
        S::ExportTheCalendar => "Exporter le calendrier",
        S::NoFileDialogIsAvailable => {
            "Aucune fenêtre de choix de fichier n'est disponible sur ce système (ni portail du bureau, ni zenity). Tapez le chemin du fichier (un nom seul va dans votre dossier personnel) :"
        }
        S::FormatLabel => "Format :",
        S::PDFToPrint => "PDF, à imprimer",
        S::MarkdownText => "Markdown (texte)",
        S::Paper => "Papier :",
        S::ChooseTheFile => "Choisir le fichier…",
        S::Version => "Version {version}",
        S::AboutSocialplan => {
            "Choisir ses réseaux sociaux et savoir ce qu'ils coûtent vraiment en heures chaque semaine."
        }
        S::MethodNotAShop => {
            "Un réseau social n'est pas un magasin : on y échange des informations, et ce que les gens relaient construit votre réputation."
        }
        S::MethodChooseByWhatYouSell => {
            "Choisissez vos réseaux selon ce que vous vendez et à qui : placez vos produits sur la carte, les plateformes proches vous vont."
        }
        S::MethodKeepingAliveTakesTime => {
            "Faire vivre un compte prend du temps : publier, répondre, surveiller, planifier. Le graphique du temps le chiffre."
        }
        S::MethodAnswerFast => {
            "Répondez vite : une question sans réponse ou une mauvaise nouvelle se répand. Plus la promesse est courte, plus il faut regarder souvent."
        }
        S::MethodPrepare => "Préparez-vous avant de commencer : votre crédibilité est en jeu.",

        // app/planner.rs
        S::ChangeUndone => "Modification annulée",
        S::ChangeRedone => "Modification rétablie",
        S::MyBusiness => "Mon entreprise",
        S::NewPlan => "Nouveau plan",
        S::Saved => "Enregistré : {file}",
        S::SummaryExported => "Résumé exporté : {file}",
        S::CalendarExported => "Calendrier exporté : {file}",
        S::ExportNotKeptInPlan => {
            " — le fichier du plan n'a pas pu garder ce qui a été exporté : enregistrez le plan pour que le prochain export mette à jour le calendrier"
        }
        S::TheCalendarWasNotExported => "Le calendrier n'a pas été exporté",
        S::TheSummaryWasNotPrinted => "Le résumé n'a pas été imprimé",
        S::ThePdfCouldNotBeMade => "Le PDF n'a pas pu être fait",
        S::ReadOnly => " (lecture seule)",
        S::ThePlanWasNotSaved => "Le plan n'a pas été enregistré",
        S::TheSummaryWasNotExported => "Le résumé n'a pas été exporté",

        // Saving, printing and other windows (app/planner.rs, app/modals.rs)
        S::OpenInAnotherWindowCannotSave => {
            "{path} est ouvert dans une autre fenêtre de socialplan : enregistrer ici remplacerait son travail. Choisissez un autre nom, ou fermez d'abord l'autre fenêtre."
        }
        S::PdfReadyButNotPrinted => {
            "Le PDF est prêt dans {path}. Ouvrez-le pour l'imprimer : ni service d'impression ni lecteur PDF n'ont répondu ({why})."
        }
        S::EventsCancelled => " ({events} évènement(s) annulé(s) : le plan ne les contient plus)",
        S::RestoreUnsavedChanges => {
            "socialplan s'est fermé sans enregistrer les dernières modifications de « {name} ». Les reprendre ?"
        }
        S::ChangedByAnotherProgram => {
            "{path} a été modifié par un autre programme (un « socialplan fit », peut-être) depuis que cette fenêtre l'a lu. L'enregistrer ici remplacerait ces modifications ; Fichier › Enregistrer sous… garde les deux."
        }
        S::OpenInAnotherWindow => {
            "« {name} » est ouvert dans une autre fenêtre de socialplan. Si les deux fenêtres l'enregistraient, chacune remplacerait le travail de l'autre."
        }

        // app/layout.rs
        S::File => "Fichier",
        S::NoRecentPlan => "Aucun plan récent",
        S::Edit => "Édition",
        S::View => "Affichage",
        S::Light => "Clair",
        S::Dark => "Sombre",
        S::FollowTheSystem => "Comme le système",
        S::Help => "Aide",
        S::TheMethod => "La méthode",
        S::About => "À propos",
        S::MakingThePDF => "Préparation du PDF…",
        S::ThePlanCannotBeSaved => "le plan ne peut pas être enregistré ainsi",
        S::Ready => "Prêt",
        S::MapAndTime => "Carte et temps",
        S::Week => "Semaine",
        S::Compare => "Comparer",
        S::Summary => "Résumé",
        S::SummaryWrittenIn => "Résumé rédigé en {language} (à changer dans « Langue du résumé »)",
        S::MapLegend => {
            "● choisie   ○ plateforme   ◆ produit   — survoler pour le détail, cliquer pour choisir, glisser un produit pour le déplacer"
        }
        S::ThisIsAnExamplePlan => "Ceci est un plan d'exemple. Fichier › Nouveau commence un plan vierge.",
        S::ReadOnlyOpenElsewhere => {
            "Lecture seule : ce plan est ouvert dans une autre fenêtre. Fichier › Enregistrer sous… en garde votre propre copie."
        }
        S::ProposalKeptAsScenarioName => "Proposition gardée comme scénario « {name} » (Ctrl+Z pour revenir)",

        // app/file_dialog.rs
        S::SocialplanPlan => "Plan socialplan",

        // app/safekeeping.rs
        S::Opened => "Ouvert : {file}",
        S::ThisPlanCouldNotBeOpened => "Impossible d'ouvrir ce plan",
        S::NotRestoredThePlanIs => "Non repris : le plan est ouvert dans une autre fenêtre : {file}",
        S::UnsavedWorkRestored => "Travail non enregistré repris",
        S::AutosaveFailed => "Sauvegarde automatique impossible : {why}",
        S::OpenedReadOnlyElsewhere => {
            "« {name} » ouvert en lecture seule : il est ouvert dans une autre fenêtre"
        }
        S::ACopyOfNameSave => "Copie de « {name} » : Enregistrer demandera où la garder",

        // app/views/business.rs
        S::Sector => "Secteur",
        S::Description => "Description",
        S::SummaryLanguage => "Langue du résumé",
        S::WhoAreYourCustomers => "Qui sont vos clients ?",
        S::Goals => "Objectifs",
        S::YourCustomersComeFrom => "Vos clients viennent",
        S::ReachHint => {
            "Une entreprise locale gagne à être là où l'on cherche près de chez soi (fiche Google, Facebook, WhatsApp)"
        }
        S::TheTimeYouHave => "Le temps disponible",
        S::HoursPerWeekThisScenario => "Heures par semaine\n(ce scénario)",
        S::HoursPerWeek => "Heures par semaine",
        S::UseThePlansHoursFor => "Reprendre les heures du plan pour ce scénario",
        S::TheirAges => "Leur âge",
        S::AtLeastOneStays => "Il en reste au moins un",
        S::TheyAre => "Ce sont des",
        S::OpenDays => "Jours d'ouverture",
        S::OpensAt => "Ouvre à",
        S::ClosesAt => "Ferme à",
        S::ClosesTheNextDay => "le lendemain",
        S::AtMostADay => "Au plus par jour",
        S::TheHoursYouCanGive => {
            "Les heures que vous pouvez donner un jour d'ouverture ; la semaine s'y tient ou le dit"
        }
        S::RushHours => "Heures de pointe",
        S::BusyTimesHint => {
            "Les moments chargés d'un jour d'ouverture (le rush du matin, le midi) : la semaine n'y place aucune écriture"
        }
        S::To => "à",
        S::RemoveTheseHours => "Retirer ces heures",
        S::AddRushHours => "➕ Ajouter des heures de pointe",
        S::TheProducts => "Les produits",
        S::PlaceEachProductWhoBuys => {
            "Placez chaque produit : à qui il se vend, et s'il se raconte ou se montre."
        }
        S::ProductName => "Nom du produit",
        S::MoveUp => "Monter",
        S::MoveDown => "Descendre",
        S::RemoveThisProduct => "Retirer ce produit",
        S::Consumers => "Particuliers",
        S::Businesses => "Entreprises",
        S::Visual => "Visuel",
        S::Weight => "Importance",
        S::HowMuchThisProductMatters => "Combien ce produit compte pour l'entreprise (1 = normal)",
        S::AddAProduct => "➕ Ajouter un produit",
        S::NewProduct => "Nouveau produit",
        S::TheNeighbourhoodOrTheTown => "du quartier ou de la ville",
        S::TheRegion => "de la région",
        S::TheWholeCountry => "de tout le pays",
        S::SeveralCountries => "de plusieurs pays",

        // app/views/compare.rs
        S::OneScenarioSoFarDuplicate => {
            "Un seul scénario pour l'instant : « Dupliquer » ou « Ajuster à mes heures… » en ajoute un à comparer."
        }
        S::EachScenariosHours => "┆ les heures de chaque scénario",
        S::Shown => "(montré)",
        S::Show => "Montrer",
        S::MakeThisTheCurrentScenario => "Faire de ce scénario le courant",
        S::GreyedRowsAreTheSame => {
            "Les lignes en gris sont les mêmes dans tous les scénarios ; les autres diffèrent."
        }

        // app/views/drill.rs
        S::IfACustomerWrites => "Si un client écrit",
        S::IfYouDropTheLook => "Si vous lâchez le coup d'œil ici :",
        S::HowLongTheMessageWaits => {
            "Combien de temps son message attend, avec les coups d'œil de cette semaine. Déplacez-en un pour voir."
        }
        S::NoMessagesToRead => "Aucune plateforme n'a de messages à lire.",

        // app/views/fit.rs
        S::FitMyWeekTitle => "Ajuster à mes heures",
        S::FitMyWeekIntro => {
            "Le meilleur plan pour vos produits, votre public et vos objectifs dans ces heures, sans jamais répondre moins vite que vos clients ne l'attendent."
        }
        S::Close => "Fermer",
        S::Proposed => "Proposé",
        S::Why => "Pourquoi",
        S::KeepAsANewScenario => "Garder comme nouveau scénario",
        S::KeepProposalTooltip => "Ajoute la proposition comme scénario ; le vôtre reste tel quel",
        S::Discard => "Abandonner",

        // Fit my week in the window (app/views/fit.rs)
        S::NothingUsefulFits => {
            "Rien d'utile ne tient en {hours} : le plus léger, {platform}, demande {needs}."
        }
        S::NothingUsefulFitsInADay => {
            "Rien d'utile ne tient dans des journées d'au plus {limit} : le plus léger, {platform}, tient dans les heures de la semaine mais demande {busiest} le jour le plus chargé. Relevez «\u{a0}{field}\u{a0}»."
        }

        // app/views/map.rs
        S::Platforms => "Plateformes",
        S::Chosen => "Choisies",
        S::Products => "Produits",
        S::Rank => "Rang",
        S::Score => "note",
        S::ClickToRemove => "Cliquer pour retirer du plan",
        S::ClickToAdd => "Cliquer pour ajouter au plan",

        // app/views/platforms.rs
        S::ChosenPlatforms => "Plateformes choisies",
        S::NoneYetClickAPlatform => {
            "Aucune pour l'instant : cliquez une plateforme sur la carte, ou ajoutez-la ci-dessous."
        }
        S::AddAPlatform => "➕ Ajouter une plateforme…",
        S::YourOwnPlatforms => "Vos propres plateformes",
        S::ANewsletterALocalForum => {
            "Une lettre d'information, un forum local, une place de marché… Elle apparaît sur la carte, où vous pouvez la déplacer."
        }
        S::DeleteThisPlatform => "Supprimer cette plateforme",
        S::Name => "Nom",
        S::EGNewsletter => "ex. Lettre d'information",
        S::ConsumersBusinesses => "Particuliers ↔ Entreprises",
        S::TextVisual => "Texte ↔ Visuel",
        S::AddThisPlatform => "Ajouter cette plateforme",
        S::ThatNameIsTaken => "Ce nom est déjà pris.",
        S::Posts => "Publications",
        S::Format => "Format",
        S::AnswerWithin => "Répondre sous",
        S::StoriesWk => "Stories / sem.",
        S::ItsPosts => "Ses publications",
        S::Platform => "Plateforme",
        S::HoursWeek => "Heures / sem.",
        S::AnsweredFromInbox => "Répondu depuis la boîte {inbox} (partagée)",
        S::RemoveFromThePlan => "Retirer du plan",
        S::UsualHere => " — l'usage ici",
        S::LooksAbandoned => " — semble abandonné",
        S::LooksAWeekToKeep => "coups d'œil par semaine pour tenir cette promesse",
        S::OfOpeningHours => "d'ouverture",
        S::AnyTime => "à toute heure",
        S::HasNoStories => "n'a pas de stories",
        S::StoriesAWeek => "Stories par semaine, en plus des publications",
        S::ThisPlatformsFigures => "Les chiffres de cette plateforme",
        S::MinutesPerPost => "Minutes par publication",
        S::RepliesPerWeek => "Réponses par semaine",
        S::PlanningMinWeek => "Planification, min / sem.",
        S::Followers => "Abonnés",
        S::YourFollowersOnThisPlatform => "Vos abonnés sur cette plateforme : les réponses en sont estimées",
        S::ClearDefaultEstimate => "Effacer (estimation par défaut)",
        S::BackToTheCataloguesFigure => "Revenir à la valeur du catalogue",
        S::TheCataloguesFigure => "Valeur du catalogue",

        // The platforms table (app/views/platforms.rs)
        S::CustomersExpectAnswer => {
            "Sur {platform}, les clients attendent une réponse sous {hours} h : promettez de répondre sous {hours} h au plus"
        }
        S::CustomersExpectAnswerOpen => {
            "Sur {platform}, les clients attendent une réponse sous {hours} h : promettez au plus {open} de vos heures d'ouverture"
        }

        // app/views/reactivity.rs
        S::WhoAnswersCustomers => "Qui répond aux clients",
        S::WhoCoversOnDaysOff => "Qui prend le relais les jours de repos et pendant les congés",
        S::ToBeNamed => "à désigner",
        S::TextsReadyForYourCustomers => "Textes prêts pour vos clients",
        S::TheTextsForYourCustomers => "Les textes pour vos clients sont dans la langue du résumé",
        S::AwayMessage => "Message d'absence",
        S::SentByItselfToWhoever => {
            "Envoyé tout seul à qui écrit en dehors des heures d'ouverture : à coller dans Meta Business Suite ou dans la réponse automatique de la plateforme. Proposé d'après vos horaires et vos délais ; écrivez le vôtre si vous préférez."
        }
        S::NoneNeededNowEveryPromise => {
            "Aucun pour l'instant : chaque promesse compte les heures à toute heure, ou rien n'est choisi."
        }
        S::YourAwayMessageForEveryInbox => "Votre message vaut pour chaque boîte.",
        S::BackToTheProposedMessage => "↺ Revenir au message proposé",
        S::HoldingReplyToAComplaint => "Réponse d'attente à une critique",
        S::TheFirstPublicAnswerWithin => {
            "La première réponse publique, dans l'heure, avant de connaître les faits : elle figure sur la fiche de crise imprimée."
        }
        S::BackToTheProposedReply => "↺ Revenir à la réponse proposée",

        // app/views/reuse.rs
        S::ItsOwn => "les siennes",
        S::OtherPlatformsTakeTheirPosts => {
            "D'autres plateformes reprennent ses publications : elle fait les siennes"
        }
        S::TheWrongWayRoundSee => "Dans le mauvais sens : voir sous le tableau",
        S::TurnItRound => "Inverser",
        S::MakeItsOwn => "Faire les siennes",
        S::SharesNameS => "partage {name}",
        S::AdaptsNameS => "adapte {name}",

        // Posts made once for several platforms (app/views/reuse.rs)
        S::ReuseShares => "partage",
        S::ReuseAdapts => "adapte",
        S::ReuseShare => "partager",
        S::ReuseAdapt => "adapter",
        S::ReuseWrongWayRound => {
            "⚠ {platform} {verb} les publications de {source} à l'envers : c'est {source} qui devrait {should} celles de {platform}. On écrit une fois pour la plateforme la mieux classée (ou dans le format le plus complet), puis on adapte pour les autres."
        }
        S::ReuseNotBetter => {
            "⚠ {platform} {verb} les publications de {source}, qui ne sont ni plus complètes ni d'une plateforme mieux classée : {platform} devrait faire les siennes."
        }
        S::SharesPostsOf => "partage celles de {source} (un bouton)",
        S::AdaptsPostsOf => "adapte celles de {source}",

        // app/views/scenarios.rs
        S::ScenarioName => "nom du scénario",
        S::Rename => "Renommer",
        S::Cancel => "Annuler",
        S::NotRenamed => "Pas renommé",
        S::TheScenarioShownAndEdited => "Le scénario montré et modifié ; les autres gardent leurs choix",
        S::NewScenarioTooltip => "Un scénario vide, avec vos heures",
        S::Duplicate => "Dupliquer",
        S::ACopyOfThisScenario => "Une copie de ce scénario, à modifier",
        S::RenameEllipsis => "Renommer…",
        S::Delete => "Supprimer",
        S::DeleteThisScenarioCtrlZ => "Supprimer ce scénario (Ctrl+Z le rétablit)",
        S::APlanAlwaysKeepsOne => "Un plan garde toujours un scénario",
        S::APlanHoldsAtMost => "Un plan tient au plus {max} scénarios",
        S::ScenarioCurrentDeletedCtrlZ => "Scénario « {current} » supprimé : Ctrl+Z le rétablit",

        // app/views/time_chart.rs
        S::ChooseAPlatformToSeeItsTime => {
            "Choisissez une plateforme (sur la carte ou dans l'onglet Plateformes) pour voir son temps."
        }
        S::Apply => "Appliquer",
        S::MakeThisChangeCtrlZ => "Faire ce changement (Ctrl+Z le défait)",

        // app/views/week.rs
        S::ScheduledInAdvanceNoTime => "Programmée à l'avance : aucun temps ce jour-là",
        S::Who => "Qui",
        S::FromThePhoneOutsideOpening => "Depuis le téléphone, hors des heures d'ouverture",
        S::PlacedByYouRightClick => "Placé par vous (clic droit pour le remettre)",
        S::NothingToLayOutChoose => "Rien à placer : choisissez une plateforme pour voir votre semaine.",
        S::Closed => "fermé",
        S::Planning => "Planification",
        S::PutItBack => "Remettre à sa place",
        S::WeekLegend => {
            "— plein : écriture, clair : messages (☎ depuis le téléphone), gris : planification, ▶ trait : mise en ligne programmée ; glisser pour déplacer"
        }

        // A day closed in the week (app/views/week.rs)
        S::DayClosedNothingMoved => "Le {day} est fermé : rien n'a été déplacé.",

        //
        S::NoPost => "aucune publication",
        S::PostsAWeekOne => "{posts} publication par semaine",
        S::PostsAWeekOther => "{posts} publications par semaine",
        S::OnePostEveryWeeks => "1 publication toutes les {weeks} semaines",
        S::PostsAWeekShort => "{posts} / sem.",
        S::OnePostEveryWeeksShort => "{posts} / {weeks} sem.",

        // Quoting a name in a sentence
        S::Quoted => "« {name} »",

        // What to post (model/ideas.rs, report/ideas.rs, app/views/ideas.rs)
        // Reviews and ambassadors (model/voices.rs, analysis/voices.rs, report/voices.rs, views/voices.rs)
        S::VoicesTab => "Avis",
        S::StartReviewRoutine => "Commencer une routine d'avis",
        S::StopReviewRoutine => "Retirer la routine",
        S::ReviewSitesLabel => "Où les clients lisent vos avis",
        S::AddReviewSite => "Ajouter un site",
        S::RemoveReviewSite => "Retirer ce site",
        S::AskAfterLabel => "Demander",
        S::AskByLabel => "Comment",
        S::AsksPerWeekLabel => "Clients contents sollicités par semaine",
        S::AddAmbassador => "Ajouter un ambassadeur",
        S::NewAmbassador => "Nouvel ambassadeur",
        S::RemoveAmbassador => "Retirer cet ambassadeur",
        S::ConsentTooltip => {
            "Coché\u{202F}: accord donné aujourd'hui. Décoché\u{202F}: accord retiré aujourd'hui. Les deux restent dans la trace."
        }
        S::TheirRecord => "La trace",
        S::AskAfterPurchase => "après un achat dont il est content",
        S::AskAfterDelivery => "une fois la commande livrée ou retirée",
        S::AskAfterFinishedJob => "une fois le travail fini et validé",
        S::AskAfterCompliment => "quand un client vous remercie ou vous complimente",
        S::AskInPerson => "de vive voix",
        S::AskWithACard => "avec une carte et son code QR",
        S::AskByMessage => "par message, avec le lien",
        S::RoleCustomer => "client",
        S::RolePartner => "partenaire",
        S::RoleSupplier => "fournisseur",
        S::RoleStaff => "équipe",
        S::PermissionTag => "les identifier",
        S::PermissionRepost => "les republier",
        S::AmbassadorsInSentence => "ambassadeurs",
        S::ReviewSitesInSentence => "sites d'avis",
        S::ConsentsInSentence => "accords",
        S::BrokenWithdrawnBeforeGiven => {
            "un accord donné le {given} ne peut pas être retiré le {withdrawn}, avant d'avoir été donné"
        }
        S::MigratedNoVoicesYet => {
            "avis et ambassadeurs\u{202F}: le plan n'a pas encore de routine d'avis ni d'ambassadeurs, sa semaine ne change pas (Avis)"
        }
        S::AskForReviews => "Demander un avis aux clients contents",
        S::ReadTheReviewsAndReply => "Lire les avis et répondre à chacun",
        S::SendToAmbassadors => {
            "Envoyer aux ambassadeurs de quoi partager\u{202F}; republier ceux qui ont accepté"
        }
        S::ReviewsInSentence => "avis",
        S::Ambassadors => "Ambassadeurs",
        S::VoicesPageTitle => "Avis et ambassadeurs",
        S::ReviewRoutine => "La routine des avis",
        S::NoReviewRoutine => {
            "Pas encore de routine d'avis\u{202F}: les clients lisent les avis avant de venir (83 % sur Google), et 89 % attendent une réponse à chacun."
        }
        S::RoutineSays => {
            "Demander un avis à {asks} clients contents par semaine {when}, {way}\u{202F}; lire {sites}\u{202F}; répondre à chaque avis sous {promise}."
        }
        S::ReadAtLooks => {
            "{sites}\u{202F}: lu à ses passages de la semaine (ses avis sont dans son propre temps)."
        }
        S::ReviewRoundsOne => "{rounds} passage par semaine sur les sites d'avis tient ce délai.",
        S::ReviewRoundsOther => "{rounds} passages par semaine sur les sites d'avis tiennent ce délai.",
        S::VoicesWeekly => {
            "{hours} par semaine\u{202F}: demander {asking}, lire et répondre {reviews}, ambassadeurs {ambassadors}."
        }
        S::VoicesInTotal => "Avis et ambassadeurs",
        S::NoAmbassadors => {
            "Personne pour l'instant. Qui parle déjà bien de l'entreprise\u{202F}: un client fidèle, un partenaire, un fournisseur, quelqu'un de l'équipe\u{202F}?"
        }
        S::RoleHeading => "Qui",
        S::SendHeading => "Quoi leur envoyer",
        S::AgreedHeading => "A accepté",
        S::ConsentSince => "{what} depuis le {date}",
        S::ConsentFromTo => "{what} du {given} au {withdrawn} (retiré)",
        S::NothingAgreed => "rien pour l'instant\u{202F}: ni identification ni republication",
        S::ConsentRule => {
            "N'identifiez ou ne republiez quelqu'un qu'avec son accord, noté ici avec sa date\u{202F}; il peut le retirer à tout moment, et la trace reste."
        }
        S::IdeaUseful => "utile",
        S::IdeaImportant => "important",
        S::IdeaFun => "amusant",
        S::IdeaOffer => "offre",
        S::IdeaLine => "{day} — {platform} — {product} — {kind}\u{202F}: {idea}",
        S::IdeaAgain => "{idea} (à nouveau)",
        S::IdeasWeekOf => "Semaine du {date}",
        S::IdeasNoPublication => {
            "Aucune publication à prévoir\u{202F}: choisissez d'abord une plateforme et ses publications."
        }
        S::IdeasTab => "Idées",
        S::IdeasFromStarters => {
            "Idées de départ pour {kind}, utilisées tant que vous ne les gardez pas ou n'écrivez pas les vôtres."
        }
        S::IdeasYourOwn => {
            "Vos idées ({count})\u{202F}; un type sans idée à vous prend les idées de départ pour {kind}."
        }
        S::KeepStarterIdeas => "Garder les idées de départ",
        S::KeepStarterIdeasTooltip => {
            "Les copier dans le plan, pour les modifier, en supprimer et ajouter les vôtres"
        }
        S::AddAnIdea => "Ajouter une idée",
        S::KindOfBusiness => "Type d'activité",
        S::KindOfIdea => "Type",
        S::AnyProduct => "tout produit",
        S::TheComingWeeks => "Les quatre prochaines semaines",
        S::YourIdeas => "Vos idées",
        S::DateHeading => "Date",
        S::ProductHeading => "Produit",
        S::IdeaHeading => "Idée",
        S::NewIdea => "Une nouvelle idée",
        S::RemoveThisIdea => "Supprimer cette idée",
        S::IdeasPageTitle => "Idées pour les quatre prochaines semaines",
        S::OneInFiveSells => {
            "Chaque publication est utile, importante ou amusante pour vos clients\u{202F}; une sur cinq au plus vend directement (une offre)."
        }
    }
}

/// Whether "de" is elided before `name`: "d'Instagram", "de Facebook". A Y before a vowel is
/// said as a consonant ("de YouTube", "de Yelp"), before a consonant as a vowel ("d'Yves").
pub fn elides(name: &str) -> bool {
    let mut letters = name.chars();
    let vowel = |c: char| "aeiouàâéèêëîïôûüAEIOUÀÂÉÈÊËÎÏÔÛÜ".contains(c);
    match letters.next() {
        Some('y' | 'Y') => letters.next().is_some_and(|c| !vowel(c)),
        Some(c) => vowel(c),
        None => false,
    }
}
