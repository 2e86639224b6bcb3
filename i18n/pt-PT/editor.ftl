# Português europeu: só o que difere do português do Brasil (pt-BR), de onde vem o resto.

talk-label = O seu ficheiro de palestra (ou largue um ficheiro aqui)
speaker-label = O seu ficheiro de orador: nome, fotografia, biografia e ligações, mostrados na sua caixa de orador (ou largue um ficheiro aqui)
files = Ficheiros
talk-file = Ficheiro da palestra
your-speaker-file = O seu ficheiro de orador
open-file = Abrir ficheiro…
download = Transferir .md
download-speaker = Transferir .md de orador
copy-share-link = Copiar ligação de partilha
discard-confirm = Descartar este rascunho? Não é possível anular.
share-link = Ligação de partilha (copiada; o rascunho está na ligação, nunca num servidor):
not-saved = Este navegador não deixa o talkcard guardar o seu rascunho (o armazenamento está cheio ou desativado): transfira-o antes de fechar esta página.
share-link-unreadable = Não foi possível abrir a ligação de partilha: { $detail }
copy-failed = Não foi possível copiar o ficheiro da palestra: { $detail }
stale = O rascunho tem { $count ->
    [one] { $count } erro
    [many] { $count } de erros
   *[other] { $count } erros
}: esta é a sua última versão sem erros.
propose-intro = A própria página do GitHub para { $what ->
    [speaker] o seu ficheiro de orador
   *[talk] o seu ficheiro de palestra
} abre-se, preenchida com o seu rascunho: inicie sessão lá, e o GitHub faz a sua cópia do repositório do site e abre o pull request. O talkcard não envia nada ao GitHub.
event-folder = O evento (a pasta dele, como 2025-chicago)
name-yourself-first = Indique primeiro o seu nome em Speakers no ficheiro da palestra: o seu ficheiro de orador tem o seu nome.
copied-existing = O seu rascunho foi copiado. O editor do GitHub abre com o ficheiro tal como está no site: selecione tudo lá e cole o seu rascunho.
copied-too-long = O seu rascunho foi copiado. É demasiado longo para seguir num endereço: cole-o no editor do GitHub.
