#!/usr/bin/env bash
# Writes N résumés the size of the seed CV into FOLDER: copies of resume.xml, each with its own
# name and its own wording of the bullets (a number woven in, bullets of each list rotated), so
# no two inputs are byte-identical. Usage: bench/generate.sh N FOLDER [SEED.xml]
set -euo pipefail
count="${1:?usage: bench/generate.sh N FOLDER [SEED.xml]}"
folder="${2:?usage: bench/generate.sh N FOLDER [SEED.xml]}"
seed="${3:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/resume.xml}"
mkdir -p "$folder"
perl -e '
  use strict; use warnings;
  my ($count, $folder, $seed) = @ARGV;
  open my $in, "<:raw", $seed or die "$seed: $!\n";
  my $xml = do { local $/; <$in> };
  my @first = qw(Ada Alan Barbara Edsger Frances Grace John Katherine Leslie Radia Tim Shafi);
  my @last = qw(Lovelace Turing Liskov Dijkstra Allen Hopper Backus Johnson Lamport Perlman Berners-Lee Goldwasser);
  for my $i (1 .. $count) {
    my $copy = $xml;
    my $name = $first[$i % @first] . " " . $last[int($i / @first) % @last];
    $copy =~ s{<name>[^<]*</name>}{<name>$name $i</name>};
    # Rotate the bullets of every list by i, and number the first one.
    $copy =~ s{(<highlights>)(.*?)(\s*</highlights>)}{
      my ($open, $body, $close) = ($1, $2, $3);
      my @items = $body =~ m{(\s*<item>.*?</item>)}gs;
      my $r = @items ? $i % @items : 0;
      @items = (@items[$r .. $#items], @items[0 .. $r - 1]) if $r;
      $items[0] =~ s{<item>}{<item>(Variant $i.) } if @items;
      $open . join("", @items) . $close
    }gse;
    my $file = sprintf("%s/resume-%04d.xml", $folder, $i);
    open my $out, ">:raw", $file or die "$file: $!\n";
    print $out $copy;
    close $out;
  }
' "$count" "$folder" "$seed"
