preview-own-talk = Vorschau Ihres eigenen Vortrags
file-or-program = URL der Vortragsdatei oder des Programms
show = Anzeigen
