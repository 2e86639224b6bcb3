# O editor de quem palestra (`?edit`).

talk-label = Seu arquivo de palestra (ou solte um arquivo aqui)
speaker-label = Seu arquivo de palestrante: nome, foto, bio e links, mostrados no seu quadro de palestrante (ou solte um arquivo aqui)
files = Arquivos
talk-file = Arquivo da palestra
your-speaker-file = Seu arquivo de palestrante
untitled-draft = Rascunho sem título

draft = Rascunho
new = Novo
open-file = Abrir arquivo…
download = Baixar .md
download-speaker = Baixar .md de palestrante
copy-share-link = Copiar link de compartilhamento
discard = Descartar
discard-confirm = Descartar este rascunho? Isso não pode ser desfeito.
share-link = Link de compartilhamento (copiado; o rascunho está no link, nunca num servidor):

not-saved = Este navegador não deixa o talkcard salvar seu rascunho (o armazenamento está cheio ou desativado): baixe-o antes de fechar esta página.
share-link-unreadable = Não foi possível abrir o link de compartilhamento: { $detail }
copy-failed = Não foi possível copiar o arquivo da palestra: { $detail }
read-failed = Não foi possível ler { $file }.
no-problems = Nenhum problema encontrado.
stale = O rascunho tem { $count ->
    [one] { $count } erro
    [many] { $count } de erros
   *[other] { $count } erros
}: esta é sua última versão sem erros.

propose = Propor no GitHub
propose-intro = A página do próprio GitHub para { $what ->
    [speaker] seu arquivo de palestrante
   *[talk] seu arquivo de palestra
} se abre, preenchida com seu rascunho: entre lá, e o GitHub faz sua cópia do repositório do site e abre o pull request. O talkcard não envia nada ao GitHub.
repository = O repositório do site
event-folder = O evento (a pasta dele, como 2025-chicago)
open-github-page = Abrir a página do GitHub para { $path }
name-yourself-first = Coloque seu nome em Speakers no arquivo da palestra primeiro: seu arquivo de palestrante leva o seu nome.
name-repository-and-event = Informe o repositório do site (dono/nome) e a pasta do evento.
copied-existing = Seu rascunho foi copiado. O editor do GitHub abre com o arquivo como está no site: selecione tudo lá e cole seu rascunho.
copied-too-long = Seu rascunho foi copiado. Ele é longo demais para ir num endereço: cole-o no editor do GitHub.
