#!/usr/bin/perl
# sisimai_rate.pl DIR [SECONDS]: the same measurement as bench_bounce, with Sisimai: every file
# in DIR parsed in this one process (Sisimai->make on the in-memory text, so no process start
# and no disk read is timed), repeated for at least SECONDS (default 2) of CPU time; prints
# bounces per CPU second (and the wall-clock rate), like bench_bounce.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my $dir = shift or die "usage: sisimai_rate.pl DIR [SECONDS]\n";
my $min = shift // 2.0;

opendir(my $dh, $dir) or die "cannot open $dir: $!\n";
my @inputs;
for my $name (sort readdir $dh) {
    next if $name eq 'expected.json';
    my $path = "$dir/$name";
    next unless -f $path;
    open(my $fh, '<:raw', $path) or next;
    local $/;
    push @inputs, scalar <$fh>;
    close $fh;
}
closedir $dh;
die "sisimai_rate.pl: no files in $dir\n" unless @inputs;

# Warm-up pass: loads Sisimai's modules and counts what it recognises, outside the timing.
my $recognised = 0;
for my $text (@inputs) {
    my $copy = $text;
    my $r = Sisimai->make(\$copy, 'delivered' => 1);
    $recognised++ if $r && @$r;
}

sub cpu { my ($u, $s) = times; return $u + $s; }
my ($analysed, $records) = (0, 0);
my $start = time;
my $cpu0 = cpu();
while (cpu() - $cpu0 < $min) {
    for my $text (@inputs) {
        my $copy = $text;
        my $r = Sisimai->make(\$copy, 'delivered' => 1);
        $records += scalar @$r if $r;
        $analysed++;
    }
}
my $cpu = cpu() - $cpu0;
my $wall = time - $start;
printf "sisimai %s: %d files, %d recognised, %d analyses (%d records) in %.2f s CPU (%.2f s wall, %.1f/s wall-clock)\n",
    $Sisimai::VERSION, scalar @inputs, $recognised, $analysed, $records, $cpu, $wall, $analysed / $wall;
printf "RATE %.1f bounces/s\n", $analysed / $cpu;
