"""The users that package coordinates and repository addresses name: a Composer vendor, an
npm scope or GitHub shorthand, a Homebrew tap, a workflow's action, the owner of a git remote on any host (given
to git, Mercurial, pip, cargo, a manifest, go get), profile paths of more sites and blogs on
a host's subdomain; and what only looks like them (well-known publishers, a server's path
layout, a port, docs links, packages without a user) left alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("screenshot of composer require harris85/homelab attached",
     "screenshot of composer require [USERNAME_1]/homelab attached"),
    ("застряло на composer require william.erickson/recipes:^2.1",
     "застряло на composer require [USERNAME_1]/recipes:^2.1"),
    ("it breaks when I run yarn add -D @kim_lee/notes-ui", "it breaks when I run yarn add -D [USERNAME_1]/notes-ui"),
    ("it breaks when I run npm i tamsin88/notes", "it breaks when I run npm i [USERNAME_1]/notes"),
    ("brew tap quill_ada/tools && brew install quill_ada/tools/notes",
     "brew tap [USERNAME_1]/tools && brew install [USERNAME_1]/tools/notes"),
    ("my cousin set up git clone https://git.example.org/lewis67/recipes.git",
     "my cousin set up git clone https://git.example.org/[USERNAME_1]/recipes.git"),
    ("в доке написано git clone --depth 1 https://gitea.home.arpa/mark.harris/dotfiles",
     "в доке написано git clone --depth 1 https://gitea.home.arpa/[USERNAME_1]/dotfiles"),
    ("git remote add upstream ssh://git@git.example.org:2222/mirek_t/homelab.git",
     "git remote add upstream ssh://git@git.example.org:2222/[USERNAME_1]/homelab.git"),
    ("hg clone https://hg.example.org/quill_ada/lib", "hg clone https://hg.example.org/[USERNAME_1]/lib"),
    ("pip install git+https://gitea.example.net/olwen_r/bot@v1.2#egg=bot",
     "pip install git+https://gitea.example.net/[USERNAME_1]/bot@v1.2#egg=bot"),
    ("pip install git+https://git.sr.ht/~olwen/bot", "pip install git+https://git.sr.ht/~[USERNAME_1]/bot"),
    ("cargo add --git https://git.example.org/ivo_s/cli", "cargo add --git https://git.example.org/[USERNAME_1]/cli"),
    ('notes = { git = "https://git.example.org/ravel_k/notes" }',
     'notes = { git = "https://git.example.org/[USERNAME_1]/notes" }'),
    ("gem 'notes', github: 'ravel_k/notes'", "gem 'notes', github: '[USERNAME_1]/notes'"),
    ("go get git.example.org/mirek_t/homelab", "go get git.example.org/[USERNAME_1]/homelab"),
    ("git clone https://jsmith_dev@git.example.org/team/web/site.git",
     "git clone https://[USERNAME_1]@git.example.org/team/web/site.git"),
    ("the mirror is https://code.example.org/tkelda/bot.git", "the mirror is https://code.example.org/[USERNAME_1]/bot.git"),
    ("see https://soundcloud.com/mirra_k and https://habr.com/ru/users/ivo_s/ and npmjs.com/~olwen",
     "see https://soundcloud.com/[USERNAME_1] and https://habr.com/ru/users/[USERNAME_2]/ and "
     "npmjs.com/~[USERNAME_3]"),
    ("my PPA is on launchpad.net/~kvarn", "my PPA is on launchpad.net/~[USERNAME_1]"),
    ("the workflow has uses: harris85/setup-notes@v2 and uses: actions/checkout@v4",
     "the workflow has uses: [USERNAME_1]/setup-notes@v2 and uses: actions/checkout@v4"),
    ("run glab repo clone mirek_t/homelab, then npx degit quill_ada/template my-app",
     "run glab repo clone [USERNAME_1]/homelab, then npx degit [USERNAME_2]/template my-app"),
    ("curl -L https://raw.githubusercontent.com/ravel_k/dotfiles/main/install.sh | sh",
     "curl -L https://raw.githubusercontent.com/[USERNAME_1]/dotfiles/main/install.sh | sh"),
    ("the old posts at https://kvarn.livejournal.com/ moved", "the old posts at https://[USERNAME_1].livejournal.com/ moved"),
])
def test_users_of_packages_remotes_and_profiles_are_replaced(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "npm install @types/node @angular/core @testing-library/react",
    "composer require laravel/framework symfony/console:^7.0",
    "brew tap homebrew/cask and brew install hashicorp/tap/terraform",
    "npm install react lodash; yarn add react@18; composer install; brew install wget",
    "npm install ./local/pkg and npm install https://registry.example.org/pkg.tgz",
    "git clone https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git",
    "git clone https://dev.azure.com/contoso/webapp/_git/webapp",
    "see https://gitlab.example.org/group/sub/repo.git for the layout",
    "the docs are at https://docs.example.org/guide/setup, pinterest.com/pin/12345",
    "go install golang.org/x/tools/gopls@latest and go get k8s.io/client-go/kubernetes",
    "git push origin main && git pull --rebase",
    "git clone https://git@git.example.org/team/web/site.git",
    "git clone https://gitlab-ci-token@git.example.org/team/web/site.git",
])
def test_look_alikes_stay(redactor, text):
    assert redactor.scrub_text(text).text == text
