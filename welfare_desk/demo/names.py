"""Names, places and organizations for demo data, like those of the programme documents."""

from __future__ import annotations

_SURNAME_TEXT = (
    (
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro "
        "Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale "
        "Lombardo Serra Coppola De Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri "
        "Fabbri Bianco Marini Grasso Valentini Messina Sala De Angelis Gatti Pellegrini Palumbo "
        "Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino "
        "Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi "
        "Martino Fiore De Rosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori "
        "Neri Costantini Milani Pagano Ruggiero Sorrentino D'Amico Orlando Damico Negri Lucà "
        "Dell'Acqua Zanetti Brambilla Bonfanti Cazzaniga Vismara Pozzi Gorla Bassi Maggioni"
    )
    .replace("De ", "De_")
    .split()
)
SURNAMES = tuple(s.replace("_", " ") for s in _SURNAME_TEXT)

MALE_NAMES = (
    "Marco Andrea Francesco Alessandro Matteo Lorenzo Luca Giuseppe Stefano Davide "
    "Giovanni Paolo Roberto Simone Fabio Antonio Daniele Federico Riccardo Michele "
    "Massimo Claudio Alberto Emanuele Niccolò Gianluca Pietro Tommaso Filippo Enrico "
    "Mattia Gabriele Leonardo Edoardo Samuele Diego Nicola Vincenzo Salvatore Mario"
).split()
FEMALE_NAMES = (
    "Giulia Francesca Sara Chiara Federica Valentina Elena Silvia Laura Alessia "
    "Martina Paola Anna Maria Elisa Roberta Simona Barbara Cristina Monica "
    "Giorgia Sofia Aurora Alice Ginevra Beatrice Emma Greta Noemi Ilaria "
    "Serena Claudia Daniela Marta Irene Camilla Arianna Veronica Lucia Rita"
).split()

# Workers born abroad: transliterated names that the codice fiscale does not always match.
FOREIGN = (
    ("Popescu", "Ionuț", "M", "Z129"),
    ("Ionescu", "Andreea", "F", "Z129"),
    ("Hoxha", "Arben", "M", "Z100"),
    ("Kola", "Elira", "F", "Z100"),
    ("El Amrani", "Youssef", "M", "Z330"),
    ("Benali", "Fatima Zahra", "F", "Z330"),
    ("Chen", "Wei", "M", "Z210"),
    ("Huang", "Li Na", "F", "Z210"),
    ("Quispe", "José Luis", "M", "Z611"),
    ("Diop", "Awa", "F", "Z343"),
)

# (name, cadastral code) of the municipalities the programmes cover.
MUNICIPALITIES = (
    ("Lodi", "E648"),
    ("Codogno", "C816"),
    ("Casalpusterlengo", "B910"),
    ("Sant'Angelo Lodigiano", "I274"),
    ("Massalengo", "F028"),
    ("Milano", "F205"),
    ("Castellanza", "C139"),
    ("Marnate", "E941"),
    ("Gallarate", "D869"),
    ("Legnano", "E514"),
)

# (name, kind, municipality): three cooperatives and companies that employ, the network
# that provides, the public bodies that lead.
ORGANIZATIONS = (
    ("Famiglia Nuova Cooperativa Sociale", "employer", "Lodi"),
    ("Cooperativa Sociale Lo Scrigno Onlus", "employer", "Milano"),
    ("Spazio Aperto Cooperativa Sociale", "employer", "Milano"),
    ("Officine Lodigiane S.p.A.", "employer", "Lodi"),
    ("Logistica Adda S.r.l.", "employer", "Codogno"),
    ("Casearia Codognese S.r.l.", "employer", "Codogno"),
    ("Tessitura Olona S.p.A.", "employer", "Castellanza"),
    ("Il Mosaico Servizi Cooperativa Sociale", "provider", "Codogno"),
    ("L'Officina Cooperativa Sociale", "provider", "Lodi"),
    ("Microcosmi Cooperativa Sociale", "provider", "Lodi"),
    ("Cooperativa Totem", "provider", "Gallarate"),
    ("Fondazione Santa Chiara Lodi", "provider", "Lodi"),
    ("Comune di Lodi", "public_body", "Lodi"),
    ("Comune di Codogno", "public_body", "Codogno"),
    ("Azienda Speciale Consortile Servizi Intercomunali", "public_body", "Lodi"),
    ("Azienda Speciale Consortile Medio Olona Servizi alla Persona", "public_body", "Castellanza"),
)

# Share of the workers each employer has, in the order of ORGANIZATIONS' employers.
EMPLOYER_WEIGHTS = (22, 18, 16, 14, 12, 10, 8)

OPERATORS = (
    ("Giulia Ferri", "welfare_manager"),
    ("Davide Sala", "welfare_manager"),
    ("Marta Cazzaniga", "welfare_manager"),
    ("Paolo Gatti", "hr_analyst"),
    ("Elena Brambilla", "administrator"),
)

SITES = ("Sede centrale", "Magazzino", "Servizi domiciliari", "RSA", "Ufficio amministrativo")
