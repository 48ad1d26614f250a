//! Kindred's build-time content pipeline. The app's `build.rs` calls [`compile`]: Markdown
//! articles and the TOML directory are parsed, validated and turned into one data file per
//! language (a [`bundle`]) that the app loads as it starts, plus the covered regions as Rust
//! source. Any problem fails the build with the file,
//! the entry or line, and the field named.

pub mod article_links;
pub mod articles;
pub mod bundle;
pub mod codegen;
pub mod directory;
pub mod markdown;
pub mod regions;
pub mod translation_check;
pub mod translations;
pub mod worklist;

use std::fmt;
use std::path::{Path, PathBuf};

use kindred_core::date::Date;

/// One problem found in the content, located as precisely as possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: Option<usize>,
    /// Entry id (directory) if known.
    pub entry: Option<String>,
    /// Field name if known.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(entry) = &self.entry {
            write!(f, ": entry `{entry}`")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Problem {
    pub fn new(file: &Path, message: impl Into<String>) -> Problem {
        Problem { file: file.to_owned(), line: None, entry: None, field: None, message: message.into() }
    }
    pub fn at_line(mut self, line: usize) -> Problem {
        self.line = Some(line);
        self
    }
    pub fn entry(mut self, id: &str) -> Problem {
        self.entry = Some(id.to_owned());
        self
    }
    pub fn field(mut self, field: &str) -> Problem {
        self.field = Some(field.to_owned());
        self
    }
}

/// 1-based line number of byte offset `pos` in `text`.
pub fn line_of(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

/// What the build produces.
pub struct Compiled {
    /// Rust source defining `REGIONS` (the covered countries, compiled into the app).
    pub rust: String,
    /// The articles and listings, one data file per language (see [`bundle`]).
    pub bundles: Bundles,
    /// The English articles (in `order`).
    pub articles: Vec<articles::Article>,
    /// The directory as open data (JSON).
    pub json: String,
    /// Non-fatal notices (e.g. entries verified more than 12 months ago).
    pub warnings: Vec<Problem>,
    /// Every file read, for `cargo:rerun-if-changed`.
    pub inputs: Vec<PathBuf>,
    /// The directory's text in Spanish (`content/directory/es/`), one entry per listing, by id.
    pub directory_es: Vec<translations::ResourceEs>,
    /// The Spanish translations (`content/articles/es/`, in `order`), checked like the English
    /// articles and against their originals: each has `lang == "es"` and `translation_of` set
    /// to its original's slug (see [`translation_check`]).
    pub articles_es: Vec<articles::Article>,
}

/// The content bundles the app loads, one per language (`kindred_core::bundle`).
pub struct Bundles {
    pub en: Vec<u8>,
    pub es: Vec<u8>,
}

impl Bundles {
    /// Each language's bundle, by language code.
    pub fn each(&self) -> [(&'static str, &[u8]); 2] {
        [("en", &self.en), ("es", &self.es)]
    }
}

/// Compiles `content/` (articles and directory) as of `today`.
pub fn compile(content: &Path, today: Date) -> Result<Compiled, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut inputs = Vec::new();
    let mut articles = articles::load_dir(&content.join("articles"), &mut problems, &mut inputs);
    let spanish = content.join("articles").join(translation_check::SPANISH);
    let mut articles_es = translation_check::load_dir(&spanish, &mut problems, &mut inputs);
    let before = problems.len();
    let (Directory { resources, regions }, warnings) = load_directory(&content.join("directory"), today, &mut problems, &mut inputs);
    let directory_valid = problems.len() == before;
    if problems.is_empty() {
        // Where articles lead (related articles, guides, try links) needs both to be valid.
        // Translations lead where English articles do, so both languages are checked as one.
        let english = articles.len();
        articles.append(&mut articles_es);
        article_links::check(&mut articles, &resources, &mut problems);
        articles_es = articles.split_off(english);
        translation_check::check(&articles, &articles_es, &mut problems);
    }
    // The Spanish text is checked against the listings once they are valid.
    let directory_es =
        if directory_valid { translations::load(&content.join("directory"), &resources, &mut problems, &mut inputs) } else { Vec::new() };
    if !problems.is_empty() {
        return Err(problems);
    }
    let rust = codegen::regions(&regions);
    let bundles = Bundles {
        en: bundle::english(&articles, &articles_es, &resources),
        es: bundle::spanish(&articles, &articles_es, &resources, &directory_es),
    };
    Ok(Compiled { rust, bundles, json: codegen::json(&resources, today), warnings, inputs, directory_es, articles_es, articles })
}

/// The validated directory: its listings and its regions.
pub struct Directory {
    pub resources: Vec<directory::Resource>,
    pub regions: Vec<regions::RegionData>,
}

/// Loads `content/directory/` (listings, then regions.toml checked against them) as of `today`.
/// regions.toml is checked only once the listings themselves are valid, so a listing's own
/// problem is not reported twice.
pub fn load_directory(dir: &Path, today: Date, problems: &mut Vec<Problem>, inputs: &mut Vec<PathBuf>) -> (Directory, Vec<Problem>) {
    let before = problems.len();
    let (resources, mut warnings) = directory::load_dir(dir, today, problems, inputs);
    let mut regions = Vec::new();
    if problems.len() == before {
        let (loaded, region_warnings) = regions::load(dir, &resources, today, problems, inputs);
        regions = loaded;
        warnings.extend(region_warnings);
    }
    (Directory { resources, regions }, warnings)
}

/// Today's date in UTC from the system clock.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    Date::from_days_since_epoch(secs.div_euclid(86_400))
}
