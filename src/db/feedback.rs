//! What is published once an edition is announced: the winners (confirmed prizes, never "no
//! prize"), and each applicant's feedback (the prize, and the consensus score and comment per
//! criterion). Nothing here reads juror names, individual scores or the jury's dissent.

use std::collections::BTreeMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use super::entities::{
    award_decision, consensus_score, organisation, submission, submission_partner,
};
use crate::domain::decisions::Prize;
use crate::domain::edition::EditionStatus;
use crate::domain::edition_texts::EditionTexts;

/// Whether results of an edition in `status` are public.
pub fn results_public(status: EditionStatus) -> bool {
    matches!(status, EditionStatus::Announced | EditionStatus::Archived)
}

/// A published prize.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedPrize {
    /// The prize (never [`Prize::NoPrize`]).
    pub prize: Prize,
    /// The special prize's name.
    pub special_name: Option<String>,
    /// Whether the prize is shared.
    pub ex_aequo: bool,
    /// The jury's public rationale.
    pub rationale: String,
}

impl PublishedPrize {
    /// The prize as people read it, with a special prize's name.
    pub fn label(&self) -> String {
        match (&self.prize, self.special_name.as_deref().map(str::trim)) {
            (Prize::Special, Some(name)) if !name.is_empty() => {
                format!("Special prize: {name}")
            }
            (prize, _) => prize.label().to_owned(),
        }
    }
}

/// An organisation as published: name and country code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedOrganisation {
    /// Name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
}

/// A winner on the public page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Winner {
    /// The submission.
    pub submission_id: i32,
    /// Its title.
    pub title: String,
    /// The lead organisation.
    pub lead: Option<PublishedOrganisation>,
    /// The partners.
    pub partners: Vec<PublishedOrganisation>,
    /// The prize.
    pub prize: PublishedPrize,
}

fn published(model: award_decision::Model) -> Option<(i32, PublishedPrize)> {
    let prize = model.prize.parse::<Prize>().ok()?;
    if !prize.is_award() || model.confirmed_at.is_none() {
        return None;
    }
    Some((
        model.submission_id,
        PublishedPrize {
            prize,
            special_name: model.special_name,
            ex_aequo: model.ex_aequo,
            rationale: model.rationale,
        },
    ))
}

async fn organisation_of(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<PublishedOrganisation>, DbErr> {
    Ok(organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|o| PublishedOrganisation {
            name: o.name,
            country: o.country,
        }))
}

/// The confirmed prizes of an edition, in the order of the ceremony (first, second, third,
/// special), then by submission. The caller checks that the edition is announced.
pub async fn winners(db: &impl ConnectionTrait, edition_id: i32) -> Result<Vec<Winner>, DbErr> {
    let mut prizes: Vec<(i32, PublishedPrize)> = award_decision::Entity::find()
        .filter(award_decision::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(published)
        .collect();
    prizes.sort_by(|a, b| a.1.prize.cmp(&b.1.prize).then(a.0.cmp(&b.0)));
    let mut winners = Vec::with_capacity(prizes.len());
    for (submission_id, prize) in prizes {
        let Some(sub) = submission::Entity::find_by_id(submission_id)
            .filter(submission::Column::EditionId.eq(edition_id))
            .one(db)
            .await?
        else {
            continue;
        };
        let lead = organisation_of(db, sub.lead_organisation_id).await?;
        let mut partners = Vec::new();
        for link in submission_partner::Entity::find()
            .filter(submission_partner::Column::SubmissionId.eq(sub.id))
            .all(db)
            .await?
        {
            if let Some(org) = organisation_of(db, link.organisation_id).await? {
                partners.push(org);
            }
        }
        winners.push(Winner {
            submission_id,
            title: sub.title,
            lead,
            partners,
            prize,
        });
    }
    Ok(winners)
}

/// The confirmed prizes of one submission (a submission may hold a podium prize and a special
/// prize), in the order of the ceremony.
pub async fn prizes_of(
    db: &impl ConnectionTrait,
    submission_id: i32,
) -> Result<Vec<PublishedPrize>, DbErr> {
    let mut prizes: Vec<PublishedPrize> = award_decision::Entity::find()
        .filter(award_decision::Column::SubmissionId.eq(submission_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(published)
        .map(|(_, p)| p)
        .collect();
    prizes.sort_by_key(|p| p.prize);
    Ok(prizes)
}

/// The consensus of a submission in the last round that recorded one, per criterion key:
/// (half-points, the comment the applicant reads). The dissent column is never read.
pub async fn consensus_for_applicant(
    db: &impl ConnectionTrait,
    submission_id: i32,
) -> Result<(Option<i32>, BTreeMap<String, (u16, String)>), DbErr> {
    use super::entities::round;
    let rows: Vec<(Option<i32>, String, i16, String)> = consensus_score::Entity::find()
        .select_only()
        .column(consensus_score::Column::RoundId)
        .column(consensus_score::Column::CriterionKey)
        .column(consensus_score::Column::HalfPoints)
        .column(consensus_score::Column::Comment)
        .filter(consensus_score::Column::SubmissionId.eq(submission_id))
        .into_tuple()
        .all(db)
        .await?;
    let rounds: Vec<Option<i32>> = rows.iter().map(|r| r.0).collect();
    let last_round = round::Entity::find()
        .filter(round::Column::Id.is_in(rounds.into_iter().flatten()))
        .all(db)
        .await?
        .into_iter()
        .max_by_key(|r| r.position)
        .map(|r| r.id);
    let scores = rows
        .into_iter()
        .filter(|(round_id, ..)| *round_id == last_round)
        .filter_map(|(_, key, hp, comment)| Some((key, (u16::try_from(hp).ok()?, comment))))
        .collect();
    Ok((last_round, scores))
}

/// Whether any edition's results are public, and which: (id, name in `language` where it has
/// one, else its own), newest first.
pub async fn announced_editions(
    db: &impl ConnectionTrait,
    language: &str,
) -> Result<Vec<(i32, String)>, DbErr> {
    use super::entities::edition;
    use sea_orm::QueryOrder;
    let rows: Vec<(i32, String, String)> = edition::Entity::find()
        .select_only()
        .column(edition::Column::Id)
        .column(edition::Column::Name)
        .column(edition::Column::Texts)
        .filter(edition::Column::Status.is_in([
            EditionStatus::Announced.as_str(),
            EditionStatus::Archived.as_str(),
        ]))
        .order_by_desc(edition::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, texts)| {
            let texts: EditionTexts = serde_json::from_str(&texts).unwrap_or_default();
            (id, texts.name(&name, language).text.to_owned())
        })
        .collect())
}
