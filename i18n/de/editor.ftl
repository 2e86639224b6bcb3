# Der Editor für Vortragende (`?edit`), in der Sie-Form.

talk-label = Ihre Vortragsdatei (oder legen Sie hier eine Datei ab)
speaker-label = Ihre Datei als vortragende Person: Name, Foto, Bio und Links, gezeigt in Ihrem Kasten (oder legen Sie hier eine Datei ab)
files = Dateien
talk-file = Vortragsdatei
your-speaker-file = Ihre Datei als vortragende Person
untitled-draft = Entwurf ohne Titel

draft = Entwurf
new = Neu
open-file = Datei öffnen…
download = .md herunterladen
download-speaker = .md der vortragenden Person herunterladen
copy-share-link = Link zum Teilen kopieren
discard = Verwerfen
discard-confirm = Diesen Entwurf verwerfen? Das lässt sich nicht rückgängig machen.
share-link = Link zum Teilen (kopiert; der Entwurf steckt im Link, nie auf einem Server):

not-saved = Dieser Browser lässt talkcard Ihren Entwurf nicht speichern (sein Speicher ist voll oder abgeschaltet): Laden Sie ihn herunter, bevor Sie diese Seite schließen.
share-link-unreadable = Der Link zum Teilen ließ sich nicht öffnen: { $detail }
copy-failed = Die Vortragsdatei ließ sich nicht kopieren: { $detail }
read-failed = { $file } ließ sich nicht lesen.
no-problems = Keine Probleme gefunden.
stale = Der Entwurf hat { $count ->
    [one] { $count } Fehler
   *[other] { $count } Fehler
}: Das ist Ihre letzte Fassung ohne Fehler.

propose = Auf GitHub vorschlagen
propose-intro = Die Seite von GitHub selbst für { $what ->
    [speaker] Ihre Datei als vortragende Person
   *[talk] Ihre Vortragsdatei
} öffnet sich, mit Ihrem Entwurf gefüllt: Melden Sie sich dort an, und GitHub legt Ihre Kopie des Repositorys der Website an und öffnet den Pull Request. talkcard schickt nichts an GitHub.
repository = Das Repository der Website
event-folder = Die Veranstaltung (ihr Ordner, etwa 2025-chicago)
open-github-page = GitHub-Seite für { $path } öffnen
name-yourself-first = Nennen Sie sich zuerst in Speakers der Vortragsdatei: Ihre Datei als vortragende Person trägt Ihren Namen.
name-repository-and-event = Nennen Sie das Repository der Website (Besitzer/Name) und den Ordner der Veranstaltung.
copied-existing = Ihr Entwurf ist kopiert. Der Editor von GitHub öffnet sich mit der Datei, wie sie auf der Website steht: Markieren Sie dort alles und fügen Sie Ihren Entwurf ein.
copied-too-long = Ihr Entwurf ist kopiert. Er ist zu lang für eine Adresse: Fügen Sie ihn im Editor von GitHub ein.
