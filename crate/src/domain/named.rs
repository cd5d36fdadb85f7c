//! The bands, authors, shows and games the static model cannot place: "radiohead" or
//! "hollow knight" mean nothing to a table of word pieces, but the person said what
//! they are ("my favorite band is Radiohead", "Zelda is my all-time favorite game"),
//! and that sentence is kept with the memory as its quote.
//!
//! A genre or a kind of book or show the model does know ("thrillers", "horror
//! movies") is lifted only for an open request ([`open_request`]: "What movie should we
//! watch tonight?"). Lifted for every book or film draft, it put PrefEval's cross-topic
//! restraint at 0.203 ("I dislike science fiction" for "children's books for my
//! classroom") for one more top-1 row; a request that says what it is about is better
//! left to meaning.

use serde::{Deserialize, Serialize};

use super::{BOOKS, BOOK_KIND, GAMES, GAME_KIND, GENRE, MUSIC, PODCASTS, SCREEN, SCREEN_KIND};

/// What the person said a named thing is: kept with its memory ([`crate::memory::Memory`]),
/// from whichever quote said it, so a later "I love Radiohead" does not forget that
/// Radiohead is a band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Work {
    Music,
    Books,
    Screen,
    Games,
    Podcasts,
}

impl Work {
    /// The kind of taste ([`super::taste_kind`]) it is.
    pub(super) fn kind(self) -> u8 {
        match self {
            Work::Music => MUSIC,
            Work::Books => BOOKS,
            Work::Screen => SCREEN,
            Work::Games => GAMES,
            Work::Podcasts => PODCASTS,
        }
    }
}

/// The kind of taste a genre of story or a kind of book, show or game is, by its head
/// word, in a short topic ("fantasy novels", "horror movies", "thrillers"; not
/// "visiting places related to horror").
pub(super) fn kind_of_story(topic: &str) -> Option<u8> {
    // "period pieces set before the 20th century".
    if topic.starts_with("period pieces ") {
        return Some(GENRE);
    }
    if topic.split(' ').count() > 3 {
        return story_with(topic);
    }
    if is_story_stuff(topic) {
        return Some(GENRE);
    }
    if matches!(
        topic,
        "true crime" | "science fiction" | "rom-coms" | "romantic comedies"
    ) {
        return Some(GENRE);
    }
    // "sci-fi genres", "fantasy genre": the genre named before the word for it.
    let topic = topic
        .strip_suffix(" genres")
        .or_else(|| topic.strip_suffix(" genre"))
        .unwrap_or(topic);
    Some(match topic.rsplit(' ').next()? {
        "books" | "novels" | "audiobooks" | "memoirs" | "biographies" | "poetry" | "nonfiction"
        | "non-fiction" | "literature" | "comics" | "manga" => BOOK_KIND,
        "movies" | "films" | "shows" | "sitcoms" | "documentaries" | "anime" | "tv"
        | "k-dramas" | "dramas" | "cartoons" => SCREEN_KIND,
        "games" | "gaming" | "rpgs" | "shooters" | "roguelikes" | "mmos" => GAME_KIND,
        // How a game plays: "turn-based combat", "microtransactions".
        "combat" | "microtransactions" => GAME_KIND,
        // Any podcast taste bears on choosing a podcast.
        "podcasts" => PODCASTS,
        "thrillers" | "mysteries" | "horror" | "fantasy" | "sci-fi" | "romance" | "comedies"
        | "westerns" | "fiction" | "dystopian" | "whodunits" | "superheroes" => GENRE,
        "pieces" if topic == "period pieces" => GENRE,
        // "true crime events" (but "true crime podcasts" are podcasts).
        _ if topic.starts_with("true crime ") => GENRE,
        _ => return None,
    })
}

/// What stories are made of, said alone: "vampire stuff", "zombies", "jump scares",
/// "space operas", "romance plots" (a story request is where they bear; not "bearded
/// dragons", a pet, or "komodo dragons", a sight).
fn is_story_stuff(topic: &str) -> bool {
    let topic = topic
        .strip_suffix(" stuff")
        .or_else(|| topic.strip_suffix(" themes"))
        .unwrap_or(topic);
    matches!(
        topic,
        "jump scares"
            | "space opera"
            | "space operas"
            | "space adventures"
            | "outer space adventures"
            | "romance plots"
            | "love triangles"
            | "plot twists"
            | "laugh tracks"
            | "cliffhangers"
            | "gore"
            | "vampire"
            | "vampires"
            | "zombie"
            | "zombies"
            | "werewolves"
            | "ghosts"
            | "aliens"
            | "dragons"
            | "wizards"
            | "witches"
    )
}

/// A kind of story told by what it holds: "content that involves zombies", "shows with
/// supernatural themes", "games that involve magic", "books that have been adapted into
/// movies", "content based on true crime events", "vr games with flying" (not "content
/// creators", nor "shows of hands" in a longer topic). What the story holds does not
/// make it a sight or a way to travel ([`super::taste_kind`] reads this first).
pub(super) fn story_with(topic: &str) -> Option<u8> {
    let words: Vec<&str> = topic.split(' ').collect();
    // The medium, after at most two words before it ("watching shows", "vr games").
    let at = words.iter().take(3).position(|w| {
        matches!(
            *w,
            "content"
                | "stories"
                | "books"
                | "novels"
                | "shows"
                | "movies"
                | "films"
                | "series"
                | "games"
        )
    })?;
    if !matches!(
        *words.get(at + 1)?,
        "that" | "with" | "involving" | "about" | "featuring" | "based"
    ) {
        return None;
    }
    Some(match words[at] {
        "content" | "stories" => GENRE,
        "books" | "novels" => BOOK_KIND,
        "shows" | "movies" | "films" | "series" => SCREEN_KIND,
        _ => GAME_KIND,
    })
}

/// A request for something to read, watch or play that says nothing of what it
/// should be about but its genre: every word is asking, the medium, a time, a vague
/// good or a genre ("What movie should we watch tonight?", "Recommend me a book",
/// "Good beach reads?", "popular supernatural TV shows", "thrilling mystery series";
/// not "audiobooks on economics" or "family-friendly movies"). A genre asked for is
/// still a choice among stories, where a story the person avoids bears on it: vampires
/// on supernatural shows, space adventures on sci-fi. `text` as [`super::spaced`]
/// joins a draft's words.
pub(super) fn open_request(text: &str) -> bool {
    text.split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| OPEN.contains(&w) || GENRES.contains(&w) || STORY_TRAITS.contains(&w))
}

/// A genre named with a word for shows ("mystery series", "reality shows"): what one
/// watches, where "series" alone may be a time series.
pub(super) fn names_genre_of_screen(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    words
        .windows(2)
        .any(|w| GENRES.contains(&w[0]) && matches!(w[1], "series" | "shows"))
}

/// Genres, as a request names them ([`open_request`]).
#[rustfmt::skip]
const GENRES: &[&str] = &[
    "supernatural", "paranormal", "sci-fi", "science", "fiction", "fantasy", "horror",
    "mystery", "mysteries", "thriller", "thrillers", "crime", "detective", "historical",
    "period", "reality", "drama", "dramas", "comedy", "comedies", "romance", "romantic",
    "action", "adventure", "war", "western", "westerns", "superhero", "dystopian",
    "psychological", "spy", "heist", "animated", "anime", "k-dramas", "sitcoms",
];

/// What a story is like, as a request asks for it ([`open_request`]): "series with rich
/// world-building and character development".
#[rustfmt::skip]
const STORY_TRAITS: &[&str] = &[
    "world-building", "worldbuilding", "rich", "character", "development", "plot",
    "plots", "twists", "well-written",
];

/// The words of an open request ([`open_request`]).
#[rustfmt::skip]
const OPEN: &[&str] = &[
    "what", "whats", "what's", "which", "should", "could", "can", "would", "i", "we", "me",
    "us", "you", "my", "our", "a", "an", "the", "some", "any", "something", "anything",
    "to", "for", "on", "in", "of", "with", "next", "tonight", "today", "this", "weekend",
    "night", "date", "evening", "plane", "flight", "train", "beach", "vacation", "holiday",
    "trip", "summer", "winter", "rainy", "day", "lazy", "sunday", "saturday", "friday",
    "recommend", "recommendation", "recommendations", "suggest", "suggestion",
    "suggestions", "give", "need", "want", "looking", "am", "im", "is", "are", "do",
    "you'd", "think", "like", "good", "great", "new", "fun", "best", "top", "captivating",
    "interesting", "please", "ideas", "start", "watch", "watching", "read", "reading",
    "reads", "play", "playing", "binge", "listen", "movie", "movies", "film", "films",
    "show", "shows", "tv", "series", "book", "books", "novel", "novels", "game", "games",
    "video", "netflix", "documentary", "audiobook", "audiobooks", "popular", "thrilling",
    "gripping", "intense", "engaging", "exciting", "entertaining", "must-see", "must-watch",
    "must-read", "top-rated", "acclaimed", "critically", "highly", "recommended", "recent",
    "years", "from", "check", "out", "add", "list", "upcoming", "try", "enjoy", "might",
    "worth", "season", "page-turners", "page-turner", "and", "or", "that", "most", "there",
    "have", "graphic", "comic", "comics", "long", "options", "follow", "buzzworthy",
    "binge-worthy", "right", "now", "keep", "entertained", "during", "commute",
    // A platform says nothing of what the game is about.
    "pc", "ps4", "ps5", "playstation", "xbox", "switch", "console", "rpgs", "rpg",
    // What is left of "you'd", "what's", "i'll" once [`super::spaced`] splits them.
    "d", "s", "ll", "m", "re", "ve",
];

/// What a name is, read from the words beside it in the person's own sentence: a
/// category noun ("the band", "my favorite author is", "X is my favorite show") or,
/// for a name written with capitals, what one does with it ("listening to", "reading",
/// "watching", "playing": not "playing tennis"). The words are read within the clause
/// that names it, so "I love Radiohead and hate the show Friends" makes Radiohead no
/// show.
pub fn work_named(topic: &str, quote: &str) -> Option<Work> {
    // Titles the extractor gave their kind: "books like the martian", "tv shows like
    // severance and dark".
    for (kind, k) in [
        ("books like ", Work::Books),
        ("tv shows like ", Work::Screen),
        ("movies like ", Work::Screen),
        ("music like ", Work::Music),
        ("games like ", Work::Games),
    ] {
        if topic.starts_with(kind) {
            return Some(k);
        }
    }
    let want: Vec<&str> = topic.split(' ').collect();
    if topic.is_empty() || want.len() > 4 {
        return None;
    }
    let words: Vec<&str> = quote
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let at = (0..lower.len().saturating_sub(want.len() - 1)).find(|&i| {
        lower[i..i + want.len()]
            .iter()
            .zip(&want)
            .all(|(a, b)| a == b)
    })?;
    let end = at + want.len();
    // The clause: back and forward to a joining word, a few words at most.
    let joins = |w: &str| matches!(w, "and" | "but" | "or" | "because" | "so" | "though");
    let before: Vec<&str> = lower[at.saturating_sub(5)..at]
        .iter()
        .rev()
        .map(String::as_str)
        .take_while(|w| !joins(w))
        .collect();
    let after: Vec<&str> = lower[end..(end + 5).min(lower.len())]
        .iter()
        .map(String::as_str)
        .take_while(|w| !joins(w))
        .collect();
    if let Some(k) = before.iter().chain(&after).find_map(|w| category(w)) {
        return Some(k);
    }
    let capitalized = words[at].starts_with(|c: char| c.is_uppercase());
    // "listening to a lot of Phoebe Bridgers": the verb a few words back.
    let verb = before
        .iter()
        .find(|w| !matches!(**w, "to" | "a" | "lot" | "of" | "some" | "more" | "the"))?;
    capitalized.then(|| doing(verb)).flatten()
}

/// A noun that says what kind of thing a name is.
fn category(w: &str) -> Option<Work> {
    Some(match w {
        "band" | "bands" | "artist" | "singer" | "singers" | "rapper" | "musician" | "album"
        | "albums" | "song" | "songs" | "music" => Work::Music,
        "author" | "authors" | "writer" | "novelist" | "book" | "books" | "novel" | "novels"
        | "poet" => Work::Books,
        "show" | "shows" | "series" | "movie" | "movies" | "film" | "films" | "sitcom"
        | "director" | "actor" | "actress" | "documentary" | "anime" => Work::Screen,
        "game" | "games" | "videogame" | "franchise" => Work::Games,
        "podcast" | "podcasts" | "podcaster" => Work::Podcasts,
        _ => return None,
    })
}

/// What doing something with a named thing says it is.
fn doing(verb: &str) -> Option<Work> {
    Some(match verb {
        "listening" | "listen" | "listened" => Work::Music,
        "reading" | "read" | "reread" | "rereading" => Work::Books,
        "watching" | "watched" | "watch" | "binging" | "bingeing" | "binged" | "rewatching" => {
            Work::Screen
        }
        "playing" | "played" | "play" | "replaying" => Work::Games,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_what_the_sentence_says_it_is() {
        let kind = work_named;
        use Work::*;
        assert_eq!(
            kind("radiohead", "My favorite band is Radiohead."),
            Some(Music)
        );
        assert_eq!(
            kind("radiohead", "Radiohead is my favorite band"),
            Some(Music)
        );
        assert_eq!(
            kind(
                "phoebe bridgers",
                "I've been listening to a lot of Phoebe Bridgers lately"
            ),
            Some(Music)
        );
        assert_eq!(
            kind("stephen king", "Been reading Stephen King, love his stuff"),
            Some(Books)
        );
        assert_eq!(
            kind("ursula k le guin", "Favorite author is Ursula K. Le Guin"),
            Some(Books)
        );
        assert_eq!(
            kind("breaking bad", "Breaking Bad is my favorite show"),
            Some(Screen)
        );
        assert_eq!(
            kind("zelda", "Zelda is my all-time favorite game"),
            Some(Games)
        );
        assert_eq!(
            kind(
                "hardcore history",
                "My favorite podcast is Hardcore History"
            ),
            Some(Podcasts)
        );
        assert_eq!(
            kind("hollow knight", "I'm playing Hollow Knight and love it"),
            Some(Games)
        );
        // What one does with a thing in lower case is no name: a sport, a pastime.
        assert_eq!(kind("tennis", "I love playing tennis"), None);
        assert_eq!(kind("tennis", "I love playing Tennis"), Some(Games));
        assert_eq!(kind("radiohead", "I love Radiohead"), None);
        // The clause ends at a joining word.
        assert_eq!(
            kind("radiohead", "I love Radiohead and hate the show Friends"),
            None
        );
        assert_eq!(
            kind("friends", "I love Radiohead and hate the show Friends"),
            Some(Screen)
        );
        assert_eq!(kind("books like martian", ""), Some(Books));
        assert_eq!(kind("tv shows like severance and dark", ""), Some(Screen));
        assert_eq!(kind("radiohead", ""), None);
        assert_eq!(kind("", "My favorite band is Radiohead."), None);
        assert_eq!(kind("a b c d e", "a b c d e band"), None);
    }

    #[test]
    fn a_story_is_known_by_what_it_holds_and_an_open_request_by_its_words() {
        let spaced = super::super::spaced;
        assert_eq!(kind_of_story("content that involves zombies"), Some(GENRE));
        assert_eq!(
            kind_of_story("watching shows with supernatural themes"),
            Some(SCREEN_KIND)
        );
        assert_eq!(kind_of_story("games that involve magic"), Some(GAME_KIND));
        assert_eq!(kind_of_story("content creators on youtube"), None);
        assert_eq!(kind_of_story("shows of hands in class"), None);
        assert_eq!(kind_of_story("vampire stuff"), Some(GENRE));
        assert_eq!(kind_of_story("jump scares"), Some(GENRE));
        assert_eq!(kind_of_story("ghost towns"), None);
        assert_eq!(kind_of_story("bearded dragons"), None);
        // "you'd" is split by [`spaced`]; vague praise asks nothing in particular.
        assert!(open_request(&spaced(
            "What are some thrilling TV series you'd suggest I start watching?"
        )));
        assert!(!open_request(&spaced("Family movies about the ocean?")));
        // A genre asked for is still an open choice among stories.
        assert!(open_request(&spaced(
            "Can you recommend some popular supernatural TV shows that I might enjoy?"
        )));
        assert!(!open_request(&spaced(
            "Children's books about science for my classroom?"
        )));
    }
}
