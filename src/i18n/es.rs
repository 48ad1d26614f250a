//! The app's words in Spanish: neutral Latin American Spanish, warm and plain, addressing the
//! person as "tú". Where a sentence about the person would need a gender ("seguro/segura"), it is
//! worded so it doesn't ("No lo sé", "Soy una persona joven").

use kindred_core::article::Need as LearnNeed;
use kindred_core::choose::{How, Need, Reason, Relaxed, When};
use kindred_core::model::{AnsweredBy, Area, Audience, ContactType, Cost, Kind, Language, Region, Status, Topic, Urgency};
use kindred_core::search::{Facet, Sort};

use super::*;

/// "1 opción", "3 opciones", "0 opciones" (Spanish plural rules: the singular is for exactly one).
fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "a la 01:00", "a las 22:00": the article agrees with the hour.
fn at_time(at: &str) -> String {
    if at.starts_with("01:") || at.starts_with("1:") {
        format!("a la {at}")
    } else {
        format!("a las {at}")
    }
}

/// A region's name (the directory's vocabulary, and the sentences that name a region).
fn region_name(region: Region) -> &'static str {
    match region {
        Region::Us => "Estados Unidos",
        Region::Uk => "Reino Unido",
        Region::Canada => "Canadá",
        Region::Australia => "Australia",
        Region::Ireland => "Irlanda",
        Region::NewZealand => "Nueva Zelanda",
        Region::Mexico => "México",
        Region::Spain => "España",
        Region::Argentina => "Argentina",
        Region::Colombia => "Colombia",
        Region::Chile => "Chile",
        Region::Peru => "Perú",
        Region::India => "India",
        Region::SouthAfrica => "Sudáfrica",
        Region::Singapore => "Singapur",
        Region::Philippines => "Filipinas",
        Region::International => "En cualquier lugar (en línea o internacional)",
    }
}

/// "en Estados Unidos", "en el Perú": a region after "en" (the picker capitalises it).
fn in_region(region: Region) -> String {
    match region {
        Region::Uk => "en el Reino Unido".to_owned(),
        Region::Peru => "en el Perú".to_owned(),
        Region::India => "en la India".to_owned(),
        Region::International => "en cualquier lugar".to_owned(),
        _ => format!("en {}", region_name(region)),
    }
}

/// A time zone's name in this language, by its IANA name: every zone of `kindred_core::tz::ZONES`
/// (a test checks each), as a place a person knows ("New York", "India").
fn zone_name(zone: &str) -> Option<&'static str> {
    Some(match zone {
        "UTC" => "UTC",
        "America/New_York" => "Nueva York",
        "America/Chicago" => "Chicago",
        "America/Denver" => "Denver",
        "America/Phoenix" => "Phoenix",
        "America/Los_Angeles" => "Los Ángeles",
        "America/Anchorage" => "Anchorage",
        "Pacific/Honolulu" => "Honolulu",
        "America/Toronto" => "Toronto",
        "America/Winnipeg" => "Winnipeg",
        "America/Regina" => "Regina",
        "America/Edmonton" => "Edmonton",
        "America/Vancouver" => "Vancouver",
        "America/Halifax" => "Halifax",
        "America/St_Johns" => "San Juan de Terranova",
        "Europe/London" => "Londres",
        "Europe/Dublin" => "Dublín",
        "Australia/Sydney" => "Sídney",
        "Australia/Melbourne" => "Melbourne",
        "Australia/Hobart" => "Hobart",
        "Australia/Adelaide" => "Adelaida",
        "Australia/Brisbane" => "Brisbane",
        "Australia/Darwin" => "Darwin",
        "Australia/Perth" => "Perth",
        "Pacific/Auckland" => "Auckland",
        "Europe/Madrid" => "Madrid",
        "America/Mexico_City" => "Ciudad de México",
        "America/Bogota" => "Bogotá",
        "America/Lima" => "Lima",
        "America/Argentina/Buenos_Aires" => "Buenos Aires",
        "America/Santiago" => "Santiago",
        "Asia/Kolkata" => "India",
        "Africa/Johannesburg" => "Sudáfrica",
        "Asia/Singapore" => "Singapur",
        "Asia/Manila" => "Manila",
        _ => return None,
    })
}

pub static ES: Strings = Strings {
    lang: Lang::Es,
    site_title: |title| if title.is_empty() { "Kindred — encuentra a quienes te entienden".to_owned() } else { format!("{title} — Kindred") },
    vocab: Vocab {
        kind: |v| match v {
            Kind::CrisisLine => "Línea de crisis",
            Kind::Warmline => "Línea cálida",
            Kind::Helpline => "Línea de información",
            Kind::PeerRunGroup => "Grupo dirigido por pares",
            Kind::OnlineCommunity => "Comunidad de pares en línea",
            Kind::PeerSupportApp => "App de apoyo entre pares",
            Kind::PeerRespite => "Respiro entre pares",
            Kind::Training => "Capacitación y certificación",
            Kind::Directory => "Directorio de servicios",
        },
        answered_by: |v| match v {
            AnsweredBy::Peers => "Pares con experiencia vivida",
            AnsweredBy::Volunteers => "Voluntarios capacitados",
            AnsweredBy::Counsellors => "Consejeros o profesionales clínicos",
            AnsweredBy::Mixed => "Un equipo mixto",
        },
        contact_type: |v| match v {
            ContactType::Call => "Llamada",
            ContactType::Text => "Mensaje de texto",
            ContactType::WhatsApp => "WhatsApp",
            ContactType::Chat => "Chat en línea",
            ContactType::Video => "Video o lengua de señas",
            ContactType::Tty => "TTY",
            ContactType::Email => "Correo electrónico",
            ContactType::Website => "Sitio web",
            ContactType::App => "App",
        },
        cost: |v| match v {
            Cost::Free => "Gratuito",
            Cost::FreeAndPaid => "Gratuito, con opciones de pago",
            Cost::Paid => "De pago",
        },
        audience: |v| match v {
            Audience::Youth => "Niñas, niños y adolescentes",
            Audience::YoungAdults => "Jóvenes adultos",
            Audience::OlderAdults => "Personas mayores",
            Audience::Lgbtq => "Personas LGBTQ+",
            Audience::Trans => "Personas trans y no binarias",
            Audience::Veterans => "Veteranos y militares en servicio",
            Audience::Indigenous => "Pueblos indígenas",
            Audience::FamilyCarers => "Familiares y cuidadores",
            Audience::Deaf => "Personas sordas o con pérdida auditiva",
        },
        topic: |v| match v {
            Topic::Crisis => "Crisis",
            Topic::Suicide => "Pensamientos suicidas",
            Topic::SelfHarm => "Autolesiones",
            Topic::Depression => "Depresión",
            Topic::Bipolar => "Trastorno bipolar",
            Topic::Anxiety => "Ansiedad",
            Topic::Voices => "Escuchar voces",
            Topic::SubstanceUse => "Alcohol y drogas",
            Topic::Loneliness => "Soledad",
            Topic::Recovery => "Recuperación",
            Topic::PeerWork => "Trabajar como par",
            Topic::General => "Cualquier preocupación",
        },
        region: region_name,
        regions_by_name: &[Region::Argentina, Region::Australia, Region::Canada, Region::Chile, Region::Colombia, Region::Spain, Region::Us, Region::Philippines, Region::India, Region::Ireland, Region::Mexico, Region::NewZealand, Region::Peru, Region::Uk, Region::Singapore, Region::SouthAfrica, Region::International],
        urgency: |v| match v {
            Urgency::Crisis => "Para una crisis",
            Urgency::NonCrisis => "No es para una crisis",
        },
        status: |v| match v {
            Status::Active => "Activo",
            Status::TemporarilyClosed => "Cerrado temporalmente",
        },
        need: |v| match v {
            LearnNeed::Understand => "Quiero entender",
            LearnNeed::Try => "Quiero probar",
            LearnNeed::HelpSomeone => "Quiero ayudar a alguien",
            LearnNeed::Become => "Quiero ser par",
        },
        area: |v| match v {
            Area::Us => "Estados Unidos",
            Area::UsAl => "Alabama",
            Area::UsAz => "Arizona",
            Area::UsCa => "California",
            Area::UsFl => "Florida",
            Area::UsGa => "Georgia",
            Area::UsIl => "Illinois",
            Area::UsMa => "Massachusetts",
            Area::UsMd => "Maryland",
            Area::UsMe => "Maine",
            Area::UsMi => "Míchigan",
            Area::UsMn => "Minnesota",
            Area::UsMo => "Misuri",
            Area::UsMt => "Montana",
            Area::UsNc => "Carolina del Norte",
            Area::UsNj => "Nueva Jersey",
            Area::UsNv => "Nevada",
            Area::UsNy => "Nueva York",
            Area::UsOr => "Oregón",
            Area::UsTx => "Texas",
            Area::UsVt => "Vermont",
            Area::UsWa => "Washington",
            Area::UsWv => "Virginia Occidental",
            Area::Gb => "Reino Unido",
            Area::GbEng => "Inglaterra",
            Area::GbNir => "Irlanda del Norte",
            Area::GbSct => "Escocia",
            Area::GbWls => "Gales",
            Area::Ca => "Canadá",
            Area::CaAb => "Alberta",
            Area::CaBc => "Columbia Británica",
            Area::CaNs => "Nueva Escocia",
            Area::CaOn => "Ontario",
            Area::CaQc => "Quebec",
            Area::Au => "Australia",
            Area::AuNsw => "Nueva Gales del Sur",
            Area::AuVic => "Victoria",
            Area::Ie => "Irlanda",
            Area::Nz => "Nueva Zelanda",
            Area::Mx => "México",
            Area::MxOax => "Oaxaca",
            Area::MxVer => "Veracruz",
            Area::Es => "España",
            Area::EsCa => "Cádiz",
            Area::EsCe => "Ceuta",
            Area::EsGa => "Galicia",
            Area::EsPv => "País Vasco",
            Area::Ar => "Argentina",
            Area::Co => "Colombia",
            Area::CoAnt => "Antioquia",
            Area::CoBoy => "Boyacá",
            Area::CoDc => "Bogotá",
            Area::CoVac => "Valle del Cauca",
            Area::Cl => "Chile",
            Area::Pe => "Perú",
            Area::In => "India",
            Area::Za => "Sudáfrica",
            Area::ZaEc => "Cabo Oriental",
            Area::Sg => "Singapur",
            Area::Ph => "Filipinas",
            Area::World => "En cualquier lugar",
        },
        language: |v| match v {
            Language::En => "Inglés",
            Language::Es => "Español",
            Language::Fr => "Francés",
            Language::Ase => "Lengua de señas americana",
            Language::Ar => "Árabe",
            Language::Zh => "Chino",
            Language::Cr => "Cree",
            Language::De => "Alemán",
            Language::Hi => "Hindi",
            Language::Ga => "Irlandés",
            Language::It => "Italiano",
            Language::Iu => "Inuktitut",
            Language::Ko => "Coreano",
            Language::Mi => "Maorí",
            Language::Oj => "Ojibwe",
            Language::Pt => "Portugués",
            Language::Pa => "Panyabí",
            Language::Tl => "Tagalo",
            Language::Vi => "Vietnamita",
            Language::Cy => "Galés",
            Language::Ta => "Tamil",
            Language::Te => "Telugu",
            Language::Kn => "Canarés",
            Language::Gu => "Guyaratí",
            Language::Ms => "Malayo",
            Language::Qu => "Quechua",
            Language::Ay => "Aimara",
        },
        facet: |f| match f {
            Facet::Region => "Dónde",
            Facet::Kind => "Tipo de apoyo",
            Facet::Contact => "Cómo contactarlos",
            Facet::AnsweredBy => "Quién atiende",
            Facet::Urgency => "¿Es para una crisis?",
            Facet::OpenNow => "Horario",
            Facet::Language => "Idioma",
            Facet::Audience => "Especialmente para",
            Facet::Cost => "Costo",
        },
        open_now: "Abierto ahora",
    },
    contacts: ContactWords {
        action: |kind, v, keyword| match (kind, keyword) {
            (ContactType::Call, _) => format!("Llama al {v}"),
            (ContactType::Tty, _) => format!("TTY {v}"),
            (ContactType::Text, Some(k)) => format!("Envía {k} al {v}"),
            (ContactType::Text, None) => format!("Envía un mensaje al {v}"),
            (ContactType::Email, _) => format!("Escribe a {v}"),
            (ContactType::WhatsApp, _) => format!("Escribe por WhatsApp al {v}"),
            (ContactType::Chat, _) => "Chatea en línea".to_owned(),
            (ContactType::Video, _) => "Videollamada".to_owned(),
            (ContactType::Website, _) => "Sitio web".to_owned(),
            (ContactType::App, _) => "Descarga la app".to_owned(),
        },
        keyword_to: |k, v| format!("{k} al {v}"),
    },
    save: SaveWords {        button_save: "☆ Guardar",
        button_saved: "★ Guardado",
        save_label: |name| format!("Guardar {name}"),
        unsave_label: |name| format!("Guardado: {name}. Quitar de guardados"),
        notice_saved: |name| format!("Guardaste {name}."),
        notice_saved_this_visit: |name| {
            format!("Guardaste {name} solo durante esta visita: este navegador no deja que Kindred lo conserve en este dispositivo, así que exporta tu lista para tener una copia.")
        },
        notice_saved_all: |n, kept| {
            if kept {
                format!("Guardaste {}.", plural(n, "opción", "opciones"))
            } else {
                format!(
                    "Guardaste {} solo durante esta visita: este navegador no deja que Kindred {} conserve en este dispositivo.",
                    plural(n, "opción", "opciones"),
                    if n == 1 { "la" } else { "las" }
                )
            }
        },
        notice_removed: |name| format!("Quitaste {name}."),
        notice_restored: |name| format!("{name} volvió a tu lista de guardados."),
        undo: "Deshacer",
    },
    shell: Shell {
        exit_prefix: "Salida rápida: ",
        exit: "Sal de este sitio",
        exit_hint: "o presiona Shift 3 veces",
        shift_remaining: |left| match left {
            2 => "Shift: presiona 2 veces más para salir de este sitio.",
            _ => "Shift: presiona 1 vez más para salir de este sitio.",
        },
        leave_clear: "Salir y borrar",
        leave_clear_wide: " lo guardado",
        in_crisis: "¿En crisis? ",
        help_now: "Pide ayuda ya",
        help_lines: "Líneas de crisis",
        more_help: "Más formas de pedir ayuda",
        every_country: "Líneas de crisis de cada país:",
        region_short: |r| match r {
            Region::Us => "EE. UU.",
            Region::Uk => "Reino Unido",
            Region::Canada => "Canadá",
            Region::Australia => "Australia",
            Region::Ireland => "Irlanda",
            Region::NewZealand => "Nueva Zelanda",
            Region::Mexico => "México",
            Region::Spain => "España",
            Region::Argentina => "Argentina",
            Region::Colombia => "Colombia",
            Region::Chile => "Chile",
            Region::Peru => "Perú",
            Region::India => "India",
            Region::SouthAfrica => "Sudáfrica",
            Region::Singapore => "Singapur",
            Region::Philippines => "Filipinas",
            Region::International => "Otro lugar",
        },
        // Country codes, the same in every language.
        region_code: |r| match r {
            Region::Us => "US",
            Region::Uk => "UK",
            Region::Canada => "CA",
            Region::Australia => "AU",
            Region::Ireland => "IE",
            Region::NewZealand => "NZ",
            Region::Mexico => "MX",
            Region::Spain => "ES",
            Region::Argentina => "AR",
            Region::Colombia => "CO",
            Region::Chile => "CL",
            Region::Peru => "PE",
            Region::India => "IN",
            Region::SouthAfrica => "ZA",
            Region::Singapore => "SG",
            Region::Philippines => "PH",
            Region::International => "",
        },
        contact_short: |k| match k {
            ContactType::Text => "SMS al",
            ContactType::WhatsApp => "WhatsApp",
            ContactType::Chat => "Chat",
            ContactType::Video => "Video",
            ContactType::Email => "Correo",
            ContactType::Website | ContactType::App => "Visita",
            ContactType::Call | ContactType::Tty => "Llama al",
        },
        emergency: "Emergencias",
        your_country: "Tu país",
        somewhere_else: "Otro lugar",
        other_countries: "Otros países",
        danger_all: "¿Estás en peligro inmediato? Primero llama al número de emergencias:",
        skip: "Saltar al contenido",
        nav_label: "Principal",
        nav_find: "Busca apoyo",
        nav_choose: "Ayúdame a elegir",
        nav_learn: "Aprende",
        nav_saved: "Guardados",
        nav_plan: "Mi plan",
        lang_label: "Idioma",
        nav_about: "Acerca de",
        footer_privacy: "Kindred funciona por completo en tu dispositivo: lo que buscas, filtras o guardas nunca sale de él.",
        footer_privacy_link: "Privacidad y fuentes",
        footer_not_emergency: "Kindred no es un servicio de emergencias. Si estás en peligro, llama al número de emergencias de donde estás.",
        offline: "No tienes conexión. Todo lo de aquí sigue funcionando; los enlaces a sitios web y chats necesitan conexión.",
        update_ready: "Hay una nueva versión de Kindred lista.",
        update_reload: "Recarga para actualizar",
        chunk_missing_title: "Esta página no se pudo cargar",
        chunk_missing_text: "Una parte de Kindred no se descargó, quizá porque se cortó la conexión. No perdiste nada de lo que guardaste, y las líneas de crisis de arriba siguen funcionando.",
        chunk_missing_retry: "Intentar de nuevo",
    },
    home: Home {
        description: "Encuentra a quienes te entienden: personas que brindan apoyo entre pares, líneas cálidas, grupos dirigidos por pares y apps de apoyo entre pares. Privado, gratuito y funciona en tu dispositivo.",
        title: "Encuentra a quienes te entienden",
        lead: "A veces parece que nadie te entiende. Quienes brindan apoyo entre pares también han pasado por momentos difíciles. Kindred te ayuda a encontrarlos: líneas cálidas, grupos dirigidos por pares, comunidades en línea y apps, y el camino para que tú también te formes como especialista de apoyo entre pares.",
        privacy: "Nada de lo que buscas o guardas aquí sale de tu dispositivo.",
        ways_title: "¿Por dónde quieres empezar?",
        warmline_title: "Habla con un par en una línea cálida",
        warmline_text: "Las líneas cálidas son para cuando las cosas están difíciles, pero no es una emergencia. En muchas te atienden personas con experiencia vivida.",
        groups_title: "Únete a un grupo dirigido por pares",
        groups_text: "Conoce, en persona o en línea, a otras personas que están viviendo lo mismo que tú.",
        browse_title: "Explora todas las opciones",
        browse_text: "Busca y filtra líneas de crisis, líneas cálidas, grupos, apps y capacitación por lugar, idioma y quién atiende.",
        understand_title: "Entiende el apoyo entre pares",
        understand_text: "Qué es el apoyo entre pares, en qué se diferencia de la terapia y cómo encontrar el tipo de apoyo adecuado para ti.",
        become_title: "Fórmate como especialista de apoyo entre pares",
        become_text: "Convierte tu propia experiencia en una forma de ayudar a otras personas: capacitación y certificación.",
        need_now_title: "¿Necesitas a alguien ahora mismo?",
        need_now_text: "Si estás pensando en el suicidio o estás en peligro, no tienes que esperar: la línea de crisis de arriba, en cada página, está a un toque.",
        need_now_link: "Encuentra una línea de crisis en tu país",
        choose_cta: "¿No sabes por dónde empezar? Ayúdame a elegir",
    },
    learn: Learn {
        title: "Aprende",
        description: "Artículos claros y con fuentes sobre el apoyo entre pares en salud mental y cómo formarte como especialista de apoyo entre pares.",
        heading: "Aprende sobre el apoyo entre pares",
        lead: "Guías breves y claras. Cada una indica las fuentes en las que se basa.",
        meta: |minutes, updated| format!("{minutes} min de lectura · actualizado el {updated}"),
        on_this_page: "En esta página",
        sources: "Fuentes",
        try_this: "Prueba esto",
        related: "Sigue leyendo",
        minutes: |m| format!("{m} min de lectura"),
        guide_intro: "¿Es nuevo para ti? Lee",
    },
    not_found: NotFound {
        title: "Página no encontrada",
        description: "Esta página no existe. Busca apoyo entre pares o una línea de crisis desde la página de inicio de Kindred.",
        heading: "No encontramos esa página",
        lead: "Puede que el enlace sea antiguo o tenga un error. No hiciste nada mal.",
        help_title: "Si necesitas ayuda ahora",
        help_text: "La línea de crisis de arriba está a un toque, sea cual sea la página que buscabas.",
        help_other: "Líneas de crisis en otros países",
        home: "Ir a la página de inicio",
        find: "Busca apoyo",
    },
    embed: Embed {
        saving_here: "Lo que guardes aquí se queda solo en este sitio.",
        saving_unavailable: "No se puede guardar dentro de esta página. Abre el sitio completo para tener una lista.",
        saving_needs_js: "Abre el sitio completo para buscar, filtrar y tener una lista.",
        powered_by: "Con la tecnología de Kindred — abre el sitio completo",
        plan_link: "Haz un plan de apoyo privado en Kindred",
    },
};

pub static SUGGESTION: Suggestion = Suggestion { text: "Ver esta página en español", label: "Idioma", stay: "No, gracias" };

pub static ABOUT: About = About {
    title: "Sobre Kindred y tu privacidad",
    description: "La promesa de privacidad de Kindred, de dónde vienen sus datos y cómo informar un problema.",
    heading: "Acerca de Kindred",
    lead: "Kindred ayuda a quienes sienten que nadie los entiende a encontrar pares que sí los entienden.",
    privacy_title: "Nuestra promesa de privacidad",
    privacy_points: &[
        "Todo ocurre en tu dispositivo. Lo que escribes, los filtros que eliges y todo lo que guardas nunca salen de él.",
        "Kindred no hace solicitudes a ningún otro sitio web: sin analíticas, sin rastreadores, sin anuncios, sin tipografías de otros sitios.",
        "Solo sales de Kindred cuando tú lo decides: al tocar un enlace a un sitio web o a un chat, o el botón “Sal de este sitio”.",
    ],
    leaving_title: "Salir rápido",
    leaving_text: "El botón “Sal de este sitio”, arriba en cada página, o presionar Shift tres veces, oculta esta página de inmediato y abre en su lugar una página del clima. La reemplaza en tu historial, así que Atrás no te trae de vuelta aquí, pero con Atrás sí se puede llegar a otras páginas de Kindred que abriste antes en la misma pestaña. No puede borrar el historial de tu navegador ni protegerte si alguien vigila tu dispositivo. Una ventana privada o de incógnito deja menos rastros. “Salir y borrar lo guardado” además elimina todo lo que Kindred guardó en este dispositivo.",
    facts_title: "De dónde vienen los datos",
    facts_text: |count, oldest| {
        format!(
            "El directorio incluye {}. Cada número de teléfono, palabra clave para mensajes de texto y dirección web muestra la página de donde proviene y la fecha en que la verificamos. Si no podemos confirmar un dato, lo dejamos fuera. La verificación más antigua de esta versión es del {oldest}.",
            plural(count, "servicio", "servicios")
        )
    },
    open_data_before: "El directorio es de datos abiertos:",
    open_data_link: "descárgalo en formato JSON",
    open_data_after: "Su formato se basa en la especificación de datos de servicios humanos de Open Referral (HSDS).",
    articles_note: "Los artículos están escritos en lenguaje claro e indican sus fuentes al final.",
    report_title: "Informa un problema",
    report_text: "Cada ficha tiene un enlace para “informar un problema”. También puedes escribir a",
    not_emergency_title: "No es un servicio de emergencias",
    not_emergency_text: "Kindred es una guía, no un servicio. Si estás en peligro, llama al número de emergencias de donde estás o a la línea de crisis de arriba, en cada página.",
    crisis_elsewhere: "Líneas de crisis en otros países",
    offline_title: "Usar Kindred sin conexión",
    offline_text: "Cuando abres Kindred, sus páginas principales y todo el directorio en tu idioma quedan en este dispositivo, y también cada página que abres, así que funcionan sin conexión. Para guardar además todas las páginas de servicios y artículos en inglés y en español, elígelo abajo. Se descargan unos pocos megabytes, una sola vez.",
    offline_button: "Tener todo disponible sin conexión",
    offline_storing: "Descargando todas las páginas…",
    offline_stored: "Todo está disponible sin conexión en este dispositivo.",
    offline_failed: "No se pudo descargar todo. Revisa tu conexión e inténtalo de nuevo.",
    offline_unavailable: "Este navegador no deja que Kindred guarde páginas para usarlas sin conexión aquí (por ejemplo, en una ventana privada).",
    version: "Versión",
};

pub static DIRECTORY: Directory = Directory {
    title: "Busca apoyo",
    description: "Busca y filtra opciones de apoyo entre pares y de crisis: líneas cálidas, grupos dirigidos por pares, comunidades en línea, apps y líneas de crisis. Privado: todo ocurre en tu dispositivo.",
    lead: "Busca opciones de apoyo entre pares y de crisis. Los resultados se actualizan mientras escribes, y nada sale de tu dispositivo.",
    needs_js: "Para buscar y filtrar se necesita JavaScript, que está desactivado en este navegador. Abajo están todas las fichas, con sus números y horarios.",
    search_label: "Busca por nombre, necesidad, lugar o idioma",
    search_placeholder: "p. ej., línea cálida, texto, veteranos, español",
    filters: "Filtros",
    results: "Resultados",
    active_filters: "Filtros activos",
    remove_filter: |label| format!("Quitar filtro: {label}"),
    clear_all: "Quitar todos",
    result_count: |n| if n == 0 { "Ninguna coincidencia".to_owned() } else { plural(n, "opción", "opciones") },
    sort: "Ordenar",
    sort_label: |sort| match sort {
        Sort::BestMatch => "Mejor coincidencia",
        Sort::Name => "Nombre (A–Z)",
        Sort::OpenNow => "Abiertos ahora primero",
    },
    empty: "Nada coincide con todo eso. Prueba con menos palabras o quita un filtro.",
    empty_crisis: "Si necesitas ayuda ahora mismo, la línea de crisis de la parte superior de la página siempre está ahí.",
    show_more: |shown, total| format!("Mostrar más ({shown} de {total})"),
    sources_note: "Cada número aquí indica su fuente y la fecha en que lo verificamos.",
    open_data: "Descarga el directorio como datos abiertos",
    for_a_crisis: "Para una crisis",
    needs_connection: "Necesita conexión a internet",
    checked: "Verificado",
    source: "fuente",
    source_from: |year| format!("fuente de {year}"),
    hours_always: "Abierto 24/7",
    hours_vary: "Horarios variables",
    temporarily_closed: "Cerrado temporalmente",
    open_until: |closes, zone, within| format!("Abierto ahora · cierra {}{zone} ({within})", at_time(closes)),
    opens_at: |day, opens, zone, within| match day {
        Some(day) => format!("Cerrado · abre el {day} {}{zone} ({within})", at_time(opens)),
        None => format!("Cerrado · abre {}{zone} ({within})", at_time(opens)),
    },
    in_time: |minutes| match minutes {
        m if m < 60 => format!("en {m} min"),
        m if m < 48 * 60 => format!("en {} h", (m + 30) / 60),
        m => format!("en {} días", (m + 720) / 1440),
    },
    weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    weekdays_short: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    every_day: "Todos los días",
    zone_time: |name| format!(", hora de {name}"),
    zone_name,
};

pub static LISTING: Listing = Listing {
    back: "← Volver a los resultados",
    run_by: |org| format!("A cargo de {org}"),
    how_to_reach: "Cómo contactarlos",
    hours: "Horario",
    what_to_expect: "Qué esperar",
    details: "Detalles",
    who_answers: "Quién atiende",
    where_: "Dónde",
    languages: "Idiomas",
    cost: "Costo",
    especially_for: "Especialmente para",
    topics: "Temas",
    status: "Estado",
    caution_title: "Es bueno saberlo antes de usarlo",
    report_title: "¿Algo está mal?",
    report_before: "Los números y horarios cambian. Si algo aquí está desactualizado,",
    report_link: "informa un problema con esta ficha",
    report_after: "Se abrirá tu app de correo con los datos ya completados; no se envía nada hasta que tú lo envíes.",
};

pub static SAVED: Saved = Saved {
    title: "Guardados",
    description: "Las opciones de apoyo entre pares y los artículos que guardaste, solo en este dispositivo. Imprímelos, expórtalos o compártelos.",
    heading: "Guardados",
    health: HealthWords {
        saved: "Guardado solo en este dispositivo. Nada de esto se envía a ningún lado.",
        full: "El almacenamiento de tu navegador está lleno, así que los cambios recientes duran solo hasta que cierres esta página. Exporta tu lista para tener una copia.",
        blocked: "Este navegador no deja que Kindred guarde nada aquí, así que tu lista dura hasta que cierres esta página. Expórtala para tener una copia.",
    },
    kept_newer: "Parte de tu lista de guardados la escribió una versión más nueva de Kindred. La conservamos tal como estaba y mostramos lo que podemos leer.",
    kept_unreadable: "No pudimos leer una lista que guardaste antes. No se borró: puedes exportarla tal como estaba.",
    export_raw: "Exportar la lista anterior tal como estaba",
    empty: "Todavía no guardaste nada. Toca “Guardar” en lo que quizá necesites más adelante, como una línea cálida para una noche difícil.",
    find_support: "Busca apoyo",
    tools_title: "Guarda una copia",
    print: "Imprimir",
    export: "Exportar (archivo)",
    import: "Importar (archivo)",
    // Counts after a colon, so no verb has to agree with them.
    import_summary: |m| {
        let mut out =
            format!("Agregados: {}. Ya estaban guardados: {}. No se pudieron leer: {}.", m.added, m.already_saved, m.rejected);
        if m.over_limit > 0 {
            out += &format!(
                " Sin agregar: {}, porque una lista de guardados admite hasta {} elementos.",
                m.over_limit,
                kindred_core::bookmarks::MAX_ITEMS
            );
        }
        if m.unknown > 0 {
            out += &format!(" Sin agregar: {}, porque {} en Kindred.", m.unknown, if m.unknown == 1 { "no está" } else { "no están" });
        }
        out
    },
    import_not_a_list: "Este archivo no es una lista de guardados de Kindred.",
    import_too_large: "Ese archivo es demasiado grande para ser una lista de guardados de Kindred (el límite es 1 MB), así que no se abrió.",
    import_unreadable_file: "No se pudo abrir ese archivo.",
    share_label: "Enlace para compartir (solo identificadores, nunca tus notas; ábrelo en otro dispositivo para agregarlos)",
    shared_offer: |n| format!("Alguien compartió {} contigo.", plural(n, "elemento", "elementos")),
    shared_skipped: |n| {
        if n == 1 {
            "1 parte del enlace no corresponde a nada de Kindred, así que se omitió.".to_owned()
        } else {
            format!("{n} partes del enlace no corresponden a nada de Kindred, así que se omitieron.")
        }
    },
    shared_accept: "Agregarlos a mis guardados",
    shared_decline: "No, gracias",
    shared_added: |n| {
        if n == 1 {
            "Se agregó 1 elemento compartido.".to_owned()
        } else {
            format!("Se agregaron {n} elementos compartidos.")
        }
    },
    note_label: "Nota privada (se queda en este dispositivo)",
    move_up: "↑ Subir",
    move_down: "↓ Bajar",
    move_up_label: |name| format!("Subir {name}"),
    move_down_label: |name| format!("Bajar {name}"),
    gone_listing: "Ya no aparece en el directorio.",
    gone_article: "Este artículo ya no está disponible.",
};

pub static PLAN: Plan = Plan {
    title: "Mi plan de apoyo",
    description: "Un plan privado para los momentos difíciles (las señales, lo que ayuda, a quién llamar) con tus propias palabras, guardado solo en este dispositivo.",
    heading: "Mi plan de apoyo",
    lead: "Un plan para los momentos difíciles, escrito cuando las cosas están más tranquilas. Llena lo que quieras, poco o mucho: cada parte es opcional y puedes cambiarla cuando quieras.",
    needs_js: "Para escribir tu plan aquí se necesita JavaScript, que está desactivado en este navegador. Aun así puedes imprimir esta página y llenarla a mano.",
    privacy_title: "Quién puede ver este plan",
    privacy_text: "Tu plan se queda en este navegador, en este dispositivo. Kindred nunca lo ve y no se envía a ningún lado. Cualquier persona que use este dispositivo y este navegador podría abrirlo, así que piensa en quién más lo usa. Para quitarlo, usa «Salir y borrar» arriba de cualquier página: borra tu plan y tu lista de guardados a la vez.",
    health: HealthWords {
        saved: "Se guarda solo en este dispositivo, mientras escribes.",
        full: "El almacenamiento de tu navegador está lleno, así que los cambios a tu plan duran solo hasta que cierres esta página. Imprímelo o guarda una copia abajo.",
        blocked: "Este navegador no deja que Kindred guarde nada aquí, así que tu plan dura hasta que cierres esta página. Imprímelo o guarda una copia abajo.",
    },
    kept_newer: "Parte de tu plan la escribió una versión más nueva de Kindred. La guardamos tal como estaba y mostramos lo que podemos leer.",
    kept_unreadable: "No pudimos leer un plan guardado antes. No se borró: puedes descargarlo tal como estaba.",
    export_raw: "Descargar el plan anterior tal como estaba",
    section_title: |s| match s {
        Section::WarningSigns => "1. Señales de que viene un momento difícil",
        Section::OnMyOwn => "2. Cosas que puedo hacer por mi cuenta",
        Section::TakeMyMindOff => "3. Personas y lugares que me ayudan a distraerme",
        Section::PeopleToAsk => "4. Personas a las que puedo pedir ayuda",
        Section::Services => "5. Líneas y servicios que puedo contactar",
        Section::SaferSurroundings => "6. Hacer más seguro el lugar donde estoy",
        Section::Reasons => "7. Lo que me importa",
    },
    section_prompt: |s| match s {
        Section::WarningSigns => "¿Qué te dice que las cosas se están poniendo más difíciles? Pensamientos, sentimientos, lugares, horas del día.",
        Section::OnMyOwn => "¿Qué puedes hacer por tu cuenta que te ayude, aunque sea un poco, aunque sea diez minutos?",
        Section::TakeMyMindOff => "¿Quién o qué lugar te ayuda a sentirte menos solo o sola, sin tener que hablar de cómo te sientes?",
        Section::PeopleToAsk => "¿A quién podrías contarle que estás pasando por un mal momento? Agrega un número para tenerlo a un toque.",
        Section::Services => "¿Qué líneas, servicios de pares o profesionales podrías contactar? Elige en Kindred o escribe los tuyos.",
        Section::SaferSurroundings => "¿Qué podrías dejar fuera de tu alcance, o pedirle a alguien que guarde, mientras las cosas están difíciles?",
        Section::Reasons => "¿Por qué vale la pena seguir? Personas, mascotas, planes, lo que sea.",
    },
    section_example: |s| match s {
        Section::WarningSigns => "Por ejemplo: dejo de contestar mensajes. No puedo dormir. Los domingos en la tarde.",
        Section::OnMyOwn => "Por ejemplo: un baño caliente, dar una vuelta a la cuadra, mi lista de canciones favorita.",
        Section::TakeMyMindOff => "Por ejemplo: el café junto a la biblioteca, jugar videojuegos con Jo, el parque de perros.",
        Section::PeopleToAsk => "Por ejemplo: mi hermana Ana, Sam de mi grupo de pares.",
        Section::Services => "Por ejemplo: una línea de apoyo que guardé, el consultorio de mi médico.",
        Section::SaferSurroundings => "Por ejemplo: pedirle a mi hermano que guarde mis medicamentos por un tiempo.",
        Section::Reasons => "Por ejemplo: mi gata, Miso. Ver crecer a mi sobrina. El viaje de la primavera.",
    },
    add_label: |s| match s {
        Section::WarningSigns => "Agrega una señal",
        Section::OnMyOwn => "Agrega algo que puedo hacer",
        Section::TakeMyMindOff => "Agrega una persona o un lugar",
        Section::PeopleToAsk => "Agrega una persona: su nombre",
        Section::Services => "O escribe el tuyo (un médico, un consejero, un grupo local)",
        Section::SaferSurroundings => "Agrega un paso",
        Section::Reasons => "Agrega algo que importa",
    },
    add: "Agregar",
    entry_label: |s, n| {
        let part = match s {
            Section::WarningSigns => "Señal",
            Section::OnMyOwn => "Cosa que puedo hacer",
            Section::TakeMyMindOff => "Persona o lugar",
            Section::PeopleToAsk => "Persona",
            Section::Services => "Servicio",
            Section::SaferSurroundings => "Paso",
            Section::Reasons => "Lo que importa",
        };
        format!("{part} {n}")
    },
    name_label: "Nombre",
    phone_label: "Su número (opcional)",
    phone_hint: "Solo en este dispositivo: se convierte en un enlace para llamar y otro para escribir.",
    call: |name| format!("Llamar a {name}"),
    text: |name| format!("Escribir a {name}"),
    full: "Esta parte admite hasta 12 líneas. Quita una para agregar otra.",
    empty_entry: "Escribe algo primero.",
    remove: "Quitar",
    remove_label: |what| format!("Quitar «{what}»"),
    removed: |what| format!("Se quitó «{what}»."),
    added: |what| format!("Se agregó «{what}»."),
    always_here: "Siempre en tu plan:",
    always_here_unknown: "Siempre en tu plan: una línea de crisis y el número de emergencias. Elige tu país arriba de la página para ver los tuyos aquí.",
    emergency: |n| format!("Emergencias {n}"),
    pick_label: "Agrega una línea o un servicio de Kindred",
    pick_none: "Elige uno…",
    pick_saved: "Tu lista de guardados",
    pick_region: |r| {
        let words = in_region(r);
        words[..1].to_uppercase() + &words[1..]
    },
    pick_other: "En el resto del mundo",
    own_service_label: "O escribe el tuyo (un médico, un consejero, un grupo local)",
    gone_listing: "Ya no aparece en Kindred.",
    tools_title: "Tenlo a mano",
    print: "Imprimir (una página)",
    keep_copy: "Guardar una copia (archivo de texto)",
    keep_copy_hint: "Lo impreso y el archivo contienen solo lo que escribiste y las líneas que agregaste, para que los guardes donde los vayas a encontrar.",
    about_title: "Sobre este plan",
    about_text: "Las siete partes siguen la Intervención de Plan de Seguridad (Safety Planning Intervention) que describieron los psicólogos Barbara Stanley y Gregory K. Brown: una lista corta y escrita de lo que ayuda, en el orden en que podrías intentarlo. Notar las señales, arreglártelas por tu cuenta, estar con otras personas, pedir ayuda a alguien, contactar un servicio, hacer las cosas más seguras y recordar lo que importa. Consejeros, personal de crisis y especialistas de pares a menudo lo llenan junto con la persona; también puedes hacerlo a solas, poco a poco. No reemplaza la atención ni una línea de crisis: si podrías actuar según pensamientos de hacerte daño, llama ahora a tu línea de crisis o al número de emergencias.",
    about_source: "Stanley, B. y Brown, G. K. (2012). Safety Planning Intervention: A Brief Intervention to Mitigate Suicide Risk. Cognitive and Behavioral Practice 19, 256–264.",
    printed_footer: "Mi plan de apoyo · hecho con Kindred · guardado solo en el dispositivo donde se escribió",
    imported: |n| format!("Se agregaron {} a tu plan de apoyo.", plural(n, "línea", "líneas")),
    from_saved: "Haz un plan de apoyo para los momentos difíciles",
};

pub static BUILDER: Builder = Builder {
    title: "Agrega Kindred a tu sitio",
    description: "Pon el directorio de apoyo entre pares de Kindred en tu sitio con solo copiar y pegar: sin cuenta, sin clave, sin rastreo.",
    lead: "Clínicas, organizaciones dirigidas por pares, escuelas y empleadores pueden mostrar el directorio de Kindred en sus propias páginas. Sin cuenta, sin clave, y no se recopila nada sobre tus visitantes.",
    any: "Cualquiera",
    region: "Región",
    kind: "Tipo de apoyo",
    audience: "Especialmente para",
    language: "Idioma del directorio",
    lock: "Los visitantes no pueden cambiar estos ajustes",
    accent: "Color de acento (hex, opcional)",
    accent_too_light: "Ese color es demasiado claro para que el texto se lea bien sobre blanco, así que se usa el predeterminado.",
    theme: "Colores",
    theme_auto: "Según el dispositivo del visitante",
    theme_light: "Claro",
    theme_dark: "Oscuro",
    preview: "Vista previa",
    preview_title: "Vista previa del directorio incrustado",
    frame_title: "Kindred: busca apoyo entre pares",
    snippet: "Tu código",
    snippet_label: "Copia esto en el HTML de tu página",
    sandbox_title: "Qué permiten los indicadores del sandbox",
    sandbox_flags: &[
        ("allow-scripts", "Kindred funciona dentro del marco (la búsqueda y los filtros funcionan en el dispositivo del visitante)."),
        ("allow-same-origin", "Kindred puede cargar sus propios archivos y guardar elementos para el visitante, solo para tu sitio."),
        ("allow-popups, allow-popups-to-escape-sandbox", "Los sitios web, los chats y el sitio completo se abren en una pestaña nueva que funciona con normalidad."),
        ("allow-top-navigation-by-user-activation", "“Sal de este sitio” puede reemplazar toda tu página cuando un visitante lo presiona, no solo el marco."),
    ],
    sandbox_note: "Los números de teléfono siempre se muestran también como texto, para que se puedan leer y marcar incluso donde un sandbox bloquea los enlaces tel:. El script es opcional: sin él, el marco mantiene su altura y se desplaza por dentro. Kindred no envía nada a tu sitio, salvo la altura del marco.",
    headers_title: "Encabezados del servidor",
    headers_text: "Si alojas Kindred por tu cuenta, permite que se incruste solo donde corresponde: envía Content-Security-Policy: frame-ancestors * (o los orígenes de tus socios) para las páginas /embed/, y frame-ancestors 'self' para todo lo demás.",
};

pub static CHOOSE: Choose = Choose {
    title: "Ayúdame a elegir",
    description: "¿No sabes qué necesitas? Unas pocas preguntas amables y tres o cuatro opciones que encajan contigo, cada una con su porqué.",
    cta_directory: "¿Tienes dudas? Ayúdame a elegir",
    intro: "Unas pocas preguntas breves, una a la vez. Omite las que quieras. Nada de lo que respondas sale de este dispositivo.",
    needs_js: "Estas preguntas necesitan JavaScript, que está desactivado en este navegador. Si no estás a salvo, usa la línea de crisis de arriba de la página. Si no, todas las opciones están en el directorio, con sus números y horarios:",
    needs_js_link: "explora el directorio",
    progress: |n, of| format!("Pregunta {n} de {of}"),
    safe_question: "¿Estás a salvo ahora?",
    safe_yes: "Sí, estoy a salvo",
    safe_not_sure: "No, o no lo sé",
    who_question: "¿Con quién te gustaría hablar?",
    who_peer: "Con alguien que ha pasado por lo mismo",
    who_peer_hint: "Un par: también ha vivido momentos difíciles",
    who_listener: "Con una persona capacitada para escuchar",
    who_listener_hint: "Voluntarios capacitados o consejeros",
    not_sure: "No lo sé",
    how_question: "¿Cómo te gustaría comunicarte?",
    how_label: |h| match h {
        How::Call => "Una llamada telefónica",
        How::Text => "Mensajes de texto",
        How::Chat => "Chat en línea",
        How::InPerson => "En persona, en un grupo",
        How::Community => "Una comunidad en línea",
    },
    when_question: "¿Cuándo te gustaría hablar?",
    when_label: |w| match w {
        When::Now => "Ahora mismo",
        When::Today => "Más tarde hoy",
        When::Week => "En algún momento de esta semana",
    },
    where_question: "¿Dónde estás?",
    where_suggested: "Según la barra de crisis de arriba",
    where_elsewhere: "En otro lugar, o en línea",
    needs_question: "¿Hay algo que sea importante para ti?",
    need_label: |n| match n {
        Need::Lgbtq => "LGBTQ+",
        Need::Trans => "Persona trans o no binaria",
        Need::Young => "Soy una persona joven",
        Need::Veteran => "Serví en las fuerzas armadas",
        Need::Family => "Soy familiar o cuido a alguien",
        Need::Deaf => "Sordera o pérdida auditiva",
        Need::Spanish => "En español",
        Need::French => "En francés",
        Need::Indigenous => "Indígena",
        Need::Free => "Solo gratuitos",
    },
    show_options: "Ver mis opciones",
    previous: "← Pregunta anterior",
    skip: "Omitir esta pregunta",
    crisis_reminder: "Si necesitas ayuda ahora mismo, la línea de crisis de la parte superior de la página está a un toque.",
    crisis_title: "Por favor, busca ayuda ahora",
    crisis_lead: "No necesitas tener la certeza de que es una emergencia. Te atienden a cualquier hora, y hablar con ellos es gratis.",
    call_emergency: |n| format!("En peligro ahora: llama al {n}"),
    crisis_elsewhere: "Si tu país no aparece, el número de emergencias del lugar donde estás es la ayuda más rápida.",
    results_title: "Opciones que encajan contigo",
    results_lead: "Tres o cuatro lugares por donde empezar. No puedes equivocarte: si uno no es para ti, prueba el siguiente.",
    relaxed: |answers| format!("Nada coincidía con todas tus respuestas, así que estas opciones dejan de lado: {}.", answers.join(", luego ")),
    relaxed_label: |r| match r {
        Relaxed::Needs => "lo que es importante para ti",
        Relaxed::How => "cómo te gustaría comunicarte",
        Relaxed::Who => "con quién te gustaría hablar",
        Relaxed::Where => "dónde estás",
    },
    reason: |r| match r {
        Reason::OpenNow => "abierto ahora".to_owned(),
        Reason::PeerRun => "dirigido por pares".to_owned(),
        Reason::Channel(How::Call) => "puedes llamar".to_owned(),
        Reason::Channel(How::Text) => "puedes enviar mensajes de texto".to_owned(),
        Reason::Channel(How::Chat) => "puedes chatear en línea".to_owned(),
        Reason::Channel(How::InPerson) => "puedes reunirte en persona".to_owned(),
        Reason::Channel(How::Community) => "una comunidad en línea".to_owned(),
        Reason::InRegion(region) => in_region(region),
        Reason::Anywhere => "funciona desde cualquier lugar".to_owned(),
        Reason::Need(need) => match need {
            Need::Lgbtq => "para personas LGBTQ+",
            Need::Trans => "para personas trans",
            Need::Young => "para jóvenes",
            Need::Veteran => "para veteranos",
            Need::Family => "para familiares y cuidadores",
            Need::Deaf => "para personas sordas",
            Need::Spanish => "en español",
            Need::French => "en francés",
            Need::Indigenous => "para pueblos indígenas",
            Need::Free => "gratuito",
        }
        .to_owned(),
    },
    open_until: |at| format!("Abierto ahora · cierra {} (tu hora)", at_time(at)),
    opens_at: |at| format!("Cerrado ahora · abre {} (tu hora)", at_time(at)),
    save_these: "Guardar estas",
    see_more: "Ver más como estas",
    start_again: "Empezar de nuevo",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_read_in_the_page_language_unless_they_have_their_own_label() {
        use kindred_core::date::Date;
        use kindred_core::model::{Contact, ContactType};
        let contact = |kind, value, keyword| Contact {
            kind,
            value,
            keyword,
            label: None,
            note: None,
            lang: None,
            source: "https://example.org/",
            verified: Date::new(2026, 1, 1),
            published: None,
        };
        let text = contact(ContactType::Text, "741741", Some("HOLA"));
        assert_eq!(EN.contact_action(&text), "Text HOLA to 741741");
        assert_eq!(ES.contact_action(&text), "Envía HOLA al 741741");
        assert_eq!(ES.contact_plain(&text), "HOLA al 741741");
        assert_eq!(ES.contact_action(&contact(ContactType::Call, "988", None)), "Llama al 988");
        assert_eq!(ES.contact_action(&contact(ContactType::Chat, "https://x.org", None)), "Chatea en línea");
        let labelled = Contact { label: Some("Llama y oprime 2"), ..contact(ContactType::Call, "988", None) };
        assert_eq!(EN.contact_action(&labelled), "Llama y oprime 2");
    }

    #[test]
    fn the_vocabularies_have_their_spanish_names() {
        assert_eq!((ES.vocab.region)(Region::Canada), "Canadá");
        assert_eq!((ES.vocab.kind)(Kind::Warmline), "Línea cálida");
        assert_eq!((ES.vocab.area)(Area::UsNy), "Nueva York");
        assert_eq!((ES.vocab.language)(Language::En), "Inglés");
        assert_eq!((ES.vocab.facet)(Facet::Region), "Dónde");
        assert_eq!(ES.facet_value(Facet::OpenNow, "now"), "Abierto ahora");
        assert_eq!(ES.facet_value(Facet::Language, "fr"), "Francés");
        assert_eq!(ES.area("CA-QC"), "Quebec");
    }

    #[test]
    fn numbers_agree_in_spanish() {
        assert_eq!((DIRECTORY.result_count)(0), "Ninguna coincidencia");
        assert_eq!((DIRECTORY.result_count)(1), "1 opción");
        assert_eq!((DIRECTORY.result_count)(3), "3 opciones");
        assert_eq!((ES.site_title)(""), "Kindred — encuentra a quienes te entienden");
        assert_eq!((ES.site_title)("Aprende"), "Aprende — Kindred");
        assert_eq!((CHOOSE.open_until)("01:30"), "Abierto ahora · cierra a la 01:30 (tu hora)");
        assert_eq!((CHOOSE.opens_at)("09:00"), "Cerrado ahora · abre a las 09:00 (tu hora)");
        assert_eq!((SAVED.shared_added)(1), "Se agregó 1 elemento compartido.");
        assert_eq!((SAVED.shared_added)(2), "Se agregaron 2 elementos compartidos.");
    }
}
