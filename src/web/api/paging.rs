//! Cursor pagination for every API list: `?limit=` (1 to 200, default 50) and `?cursor=` (the
//! `next_cursor` of the previous page: the id of its last item). Items come in ascending id order,
//! so a page is stable while new items are added.

use crate::domain::message::Message;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppError;

/// The default number of items per page.
pub const DEFAULT_LIMIT: u32 = 50;
/// The largest number of items per page.
pub const MAX_LIMIT: u32 = 200;

/// One page of a list.
#[derive(Serialize, ToSchema)]
pub struct Paged<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<i32>,
}

/// Where a page starts and how long it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// The id after which the page starts.
    after: Option<i32>,
    /// How many items.
    limit: usize,
}

/// A query parameter that may be given at most once: its value, or a 422 naming it when it
/// comes twice (a repeated filter is never silently dropped).
pub fn once<'v>(field: &str, values: &[&'v str]) -> Result<Option<&'v str>, AppError> {
    match values {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        _ => Err(AppError::invalid(
            field,
            Message::new("api-problem-once").text("field", field),
        )),
    }
}

/// The `round` query parameter, given at most once: a round's place in the edition (1 first),
/// or a 422 naming it.
pub fn round_query(values: &[&str]) -> Result<Option<u32>, AppError> {
    match once("round", values)? {
        None => Ok(None),
        Some(text) => match text.parse::<u32>() {
            Ok(position) if position >= 1 => Ok(Some(position)),
            _ => Err(AppError::invalid(
                "round",
                Message::new("api-problem-round"),
            )),
        },
    }
}

impl PageRequest {
    /// Reads the query's `cursor` and `limit`, each given at most once.
    pub fn from_query(cursor: &[&str], limit: &[&str]) -> Result<PageRequest, AppError> {
        let cursor = once("cursor", cursor)?;
        let limit = once("limit", limit)?;
        PageRequest::parse(cursor, limit)
    }

    /// Reads `cursor` and `limit` as sent.
    pub fn parse(cursor: Option<&str>, limit: Option<&str>) -> Result<PageRequest, AppError> {
        let limit = match limit {
            None => DEFAULT_LIMIT,
            Some(text) => text.parse::<u32>().unwrap_or(0),
        };
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(AppError::invalid(
                "limit",
                Message::new("api-problem-limit").number("max", MAX_LIMIT),
            ));
        }
        let after =
            match cursor {
                None => None,
                Some(text) => Some(text.parse::<i32>().ok().filter(|id| *id >= 0).ok_or_else(
                    || AppError::invalid("cursor", Message::new("api-problem-cursor")),
                )?),
            };
        Ok(PageRequest {
            after,
            limit: usize::try_from(limit).unwrap_or(usize::MAX),
        })
    }

    /// The page of `items` (any order) by their ids.
    /// A page of `items` that have no id but a fixed order (rubrics by key): the cursor is the
    /// position (from 1) of the page's last item.
    pub fn page_in_order<T>(self, items: Vec<T>) -> Paged<T> {
        let numbered = items
            .into_iter()
            .enumerate()
            .map(|(index, item)| (i32::try_from(index + 1).unwrap_or(i32::MAX), item))
            .collect();
        let paged = self.page(numbered, |(position, _)| *position);
        Paged {
            items: paged.items.into_iter().map(|(_, item)| item).collect(),
            next_cursor: paged.next_cursor,
        }
    }

    pub fn page<T>(self, mut items: Vec<T>, id: impl Fn(&T) -> i32) -> Paged<T> {
        items.sort_by_key(&id);
        let mut rest: Vec<T> = items
            .into_iter()
            .filter(|item| self.after.is_none_or(|after| id(item) > after))
            .take(self.limit + 1)
            .collect();
        let next_cursor = if rest.len() > self.limit {
            rest.truncate(self.limit);
            rest.last().map(&id)
        } else {
            None
        };
        Paged {
            items: rest,
            next_cursor,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_follow_each_other_without_gap_or_repeat() {
        let items: Vec<i32> = (1..=7).rev().collect();
        let first = PageRequest::parse(None, Some("3"))
            .expect("valid")
            .page(items.clone(), |i| *i);
        assert_eq!(first.items, [1, 2, 3]);
        let cursor = first.next_cursor.expect("more").to_string();
        let second = PageRequest::parse(Some(&cursor), Some("3"))
            .expect("valid")
            .page(items.clone(), |i| *i);
        assert_eq!(second.items, [4, 5, 6]);
        let last = PageRequest::parse(
            second.next_cursor.map(|c| c.to_string()).as_deref(),
            Some("3"),
        )
        .expect("valid")
        .page(items, |i| *i);
        assert_eq!(last.items, [7]);
        assert_eq!(last.next_cursor, None);
    }

    #[test]
    fn items_without_ids_are_paged_by_their_position() {
        let keys = vec!["a", "b", "c"];
        let first = PageRequest::parse(None, Some("2"))
            .expect("valid")
            .page_in_order(keys.clone());
        assert_eq!((first.items, first.next_cursor), (vec!["a", "b"], Some(2)));
        let rest = PageRequest::parse(Some("2"), Some("2"))
            .expect("valid")
            .page_in_order(keys);
        assert_eq!((rest.items, rest.next_cursor), (vec!["c"], None));
    }

    #[test]
    fn a_cursor_or_limit_given_twice_is_refused() {
        assert!(PageRequest::from_query(&[], &["5", "6"]).is_err());
        assert!(PageRequest::from_query(&["1", "2"], &[]).is_err());
        assert!(PageRequest::from_query(&["1"], &["5"]).is_ok());
    }

    #[test]
    fn a_bad_cursor_or_limit_is_refused_naming_the_field() {
        for (cursor, limit, field) in [
            (Some("nonsense!"), None, "cursor"),
            (Some("-4"), None, "cursor"),
            (None, Some("0"), "limit"),
            (None, Some("201"), "limit"),
            (None, Some("-1"), "limit"),
            (None, Some("ten"), "limit"),
            (None, Some(""), "limit"),
            (Some(""), None, "cursor"),
        ] {
            match PageRequest::parse(cursor, limit) {
                Err(AppError::Invalid(fields)) => assert!(fields.contains_key(field)),
                other => panic!("{other:?}"),
            }
        }
    }
}
